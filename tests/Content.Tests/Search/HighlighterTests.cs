using ChildSafety.Content.Search;

namespace ChildSafety.Content.Tests.Search;

public class HighlighterTests
{
    [Fact]
    public void Words_typed_without_accents_are_marked_in_the_accented_text() =>
        Assert.Equal("Phòng, chống <mark>xâm</mark> <mark>hại</mark> trẻ em",
            Highlighter.Mark("Phòng, chống xâm hại trẻ em", SearchTerms.Parse("xam hai")));

    [Fact]
    public void Only_word_starts_match_and_the_text_is_encoded() =>
        Assert.Equal("&lt;b&gt;<mark>Đà</mark> Nẵng&lt;/b&gt; and lambda",
            Highlighter.Mark("<b>Đà Nẵng</b> and lambda", SearchTerms.Parse("da")));

    [Fact]
    public void A_snippet_is_cut_at_words_around_the_first_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("lorem", 100)) + " gọi tổng đài 111 ngay " + string.Join(' ', Enumerable.Repeat("ipsum", 100));

        var snippet = Highlighter.Snippet(text, SearchTerms.Parse("tong dai"), length: 80);

        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>tổng</mark> <mark>đài</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("lore ", snippet, StringComparison.Ordinal);
    }
}
