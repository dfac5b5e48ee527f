using ChildSafety.Content.Media;

namespace ChildSafety.Content.Tests.Media;

public class MediaPathsTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "childsafety-media-paths", "media");

    [Theory]
    [InlineData("2026/11/" + Id + "-640.webp")]
    [InlineData("2026/11/" + Id + ".pdf")]
    public void Our_own_stored_names_resolve_inside_the_media_folder(string relative) =>
        Assert.Equal(Path.Combine(Root, relative), MediaPaths.Resolve(Root, relative));

    [Theory]
    [InlineData("../site.db")]
    [InlineData("..")]
    [InlineData("2026/11/../../site.db")]
    [InlineData("2026/../../" + Id + ".pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("%2e%2e/site.db")]
    [InlineData("%2e%2e%2fsite.db")]
    [InlineData("..%2f..%2fsite.db")]
    [InlineData("2026\\11\\" + Id + ".pdf")]
    [InlineData("2026/11/" + Id + "-640.webp/../../../site.db")]
    [InlineData("2026/11/" + Id + ".exe")]
    [InlineData("2026/11/" + Id + "-640.WEBP")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? relative) =>
        Assert.Null(MediaPaths.Resolve(Root, relative));

    [Fact]
    public void A_library_image_address_names_its_folder_id_and_width()
    {
        var address = MediaPaths.ParseImage($"/media/2026/11/{Id}-1024.webp");

        Assert.Equal(new MediaImageAddress("2026/11", Guid.ParseExact(Id, "N"), 1024), address);
    }

    [Theory]
    [InlineData("https://example.org/media/2026/11/" + Id + "-1024.webp")]
    [InlineData("/media/poster.webp")]
    [InlineData("/media/2026/11/" + Id + ".pdf")]
    public void Other_addresses_are_not_library_images(string src) =>
        Assert.Null(MediaPaths.ParseImage(src));
}
