using System.Text;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;

namespace ChildSafety.Training.Tests.Conduct;

public class ConductHashTests
{
    [Fact]
    public void The_same_words_give_the_same_hash_whatever_line_endings_or_accent_encoding_typed_them()
    {
        const string text = "Không sử dụng bạo lực.\nLắng nghe học sinh.";
        var windows = text.Replace("\n", "\r\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);

        Assert.Equal(ConductHash.Of(text), ConductHash.Of(windows));
    }

    [Fact]
    public void A_changed_word_changes_the_hash() =>
        Assert.NotEqual(ConductHash.Of("Không sử dụng bạo lực."), ConductHash.Of("Không dùng bạo lực."));

    [Fact]
    public void An_audience_of_teachers_does_not_cover_other_staff()
    {
        Assert.True(PositionSet.Teachers.Contains(Position.Teacher));
        Assert.False(PositionSet.Teachers.Contains(Position.Staff));
        Assert.True(PositionSet.Everyone.Contains(Position.Manager));
    }

    [Fact]
    public void An_adaptation_reads_as_the_template_followed_by_the_additions()
    {
        var text = ConductPolicies.Combine("# Quy tắc\n\n1. Tôn trọng học sinh.\n", "1. Trực sân trường giờ ra chơi.");

        Assert.StartsWith("# Quy tắc\n\n1. Tôn trọng học sinh.", text, StringComparison.Ordinal);
        Assert.Contains(ConductPolicies.AdditionsHeading, text, StringComparison.Ordinal);
        Assert.EndsWith("1. Trực sân trường giờ ra chơi.", text, StringComparison.Ordinal);
    }
}
