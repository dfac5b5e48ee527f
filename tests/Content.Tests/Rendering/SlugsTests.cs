using ChildSafety.Core.Text;
using ChildSafety.Content.Rendering;

namespace ChildSafety.Content.Tests.Rendering;

public class SlugsTests
{
    [Theory]
    [InlineData("Nhận biết xâm hại và bạo lực", "nhan-biet-xam-hai-va-bao-luc")]
    [InlineData("Đường dây nóng 111 — Đà Nẵng", "duong-day-nong-111-da-nang")]
    [InlineData("  An toàn trên mạng!!  ", "an-toan-tren-mang")]
    [InlineData("Kỷ luật tích cực: ứng xử, quy tắc", "ky-luat-tich-cuc-ung-xu-quy-tac")]
    public void Vietnamese_titles_become_slugs_without_accents(string title, string slug) =>
        Assert.Equal(slug, Slugs.From(title));

    [Fact]
    public void Folding_keeps_one_character_for_each_character_so_highlights_line_up()
    {
        const string text = "Phòng, chống XÂM HẠI trẻ em; đường dây nóng";
        var folded = Folding.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("phong, chong xam hai tre em; duong day nong", folded);
    }

    [Fact]
    public void Emoji_are_kept_when_folding_and_dropped_from_slugs()
    {
        Assert.Equal("🔒 giữ kín".Length, Folding.Fold("🔒 Giữ kín").Length);
        Assert.Equal("giu-kin", Slugs.From("🔒 Giữ kín"));
    }

    [Fact]
    public void A_slug_is_cut_at_a_word_boundary_when_too_long()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("bảo vệ", 40)));
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("an-toan-tren-mang", true)]
    [InlineData("An-toan", false)]
    [InlineData("an--toan", false)]
    [InlineData("an toàn", false)]
    [InlineData("", false)]
    public void Only_normalised_slugs_are_valid(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));
}
