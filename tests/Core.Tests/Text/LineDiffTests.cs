using ChildSafety.Core.Text;

namespace ChildSafety.Core.Tests.Text;

public class LineDiffTests
{
    [Fact]
    public void Changed_lines_show_as_removed_then_added_between_unchanged_ones()
    {
        var diff = LineDiff.Compare("Mở đầu\nGọi 113\nKết thúc", "Mở đầu\nGọi 111\nKết thúc\nPhụ lục");

        Assert.Equal(
            [(DiffKind.Same, "Mở đầu"), (DiffKind.Removed, "Gọi 113"), (DiffKind.Added, "Gọi 111"), (DiffKind.Same, "Kết thúc"), (DiffKind.Added, "Phụ lục")],
            diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Identical_texts_have_no_changes() =>
        Assert.All(LineDiff.Compare("a\nb", "a\r\nb"), l => Assert.Equal(DiffKind.Same, l.Kind));

    [Fact]
    public void An_empty_side_is_all_additions() =>
        Assert.All(LineDiff.Compare(null, "a\nb"), l => Assert.Equal(DiffKind.Added, l.Kind));
}
