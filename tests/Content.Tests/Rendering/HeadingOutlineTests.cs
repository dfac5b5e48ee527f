using ChildSafety.Content.Rendering;

namespace ChildSafety.Content.Tests.Rendering;

public class HeadingOutlineTests
{
    [Fact]
    public void The_outline_lists_second_and_third_level_headings_with_their_anchors()
    {
        var html = new MarkdownRenderer().Render("# Chương 1\n\n## Dấu hiệu *thể chất*\n\nVăn bản.\n\n### Ở trường\n\n#### Bỏ qua");

        var outline = HeadingOutline.From(html);

        Assert.Equal([new Heading(2, "dau-hieu-the-chat", "Dấu hiệu thể chất"), new Heading(3, "o-truong", "Ở trường")], outline);
    }
}
