using ChildSafety.Content.Demo;
using ChildSafety.Content.Items;

namespace ChildSafety.Content.Tests.Demo;

public class ContentFileTests
{
    [Fact]
    public void Front_matter_and_body_become_a_draft()
    {
        var file = ContentFile.Parse("---\ntype: Lesson\ntitle: Gọi 111\ntopics: [hotline-111]\naudience: [pupils, parents]\norder: 7\n---\n\n## Mục tiêu\n", "x.md");

        var draft = file.ToDraft();

        Assert.Equal(ContentType.Lesson, draft.Type);
        Assert.Equal("Gọi 111", draft.Title);
        Assert.Equal(Audience.Pupils | Audience.Parents, draft.Audience);
        Assert.Equal(["hotline-111"], draft.Topics);
        Assert.Equal(7, draft.Order);
        Assert.Equal("## Mục tiêu\n", draft.Body);
    }

    [Theory]
    [InlineData("no front matter")]
    [InlineData("---\ntitle: unclosed\n")]
    [InlineData("---\nsummary: a: b\n---\nbody")]
    public void A_malformed_file_names_itself_in_the_error(string text) =>
        Assert.Contains("bad.md", Assert.Throws<FormatException>(() => ContentFile.Parse(text, "bad.md")).Message);
}
