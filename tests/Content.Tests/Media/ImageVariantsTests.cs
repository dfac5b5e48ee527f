using ChildSafety.Content.Media;
using ChildSafety.Core.Files;

namespace ChildSafety.Content.Tests.Media;

public class ImageVariantsTests
{
    [Fact]
    public void A_photo_with_gps_is_stored_without_its_exif()
    {
        var photo = TestFiles.JpegWithGps();
        Assert.True(TestFiles.Contains(photo, "Exif"));
        Assert.True(MediaCheck.Of(photo).Accepted);

        var variants = ImageVariants.Encode(photo);

        Assert.NotEmpty(variants);
        Assert.All(variants, v =>
        {
            Assert.Equal(".webp", FileSignature.ExtensionOf(v.Webp));
            Assert.False(TestFiles.Contains(v.Webp, "Exif"));
            Assert.False(TestFiles.Contains(v.Webp, "EXIF"));
        });
    }

    [Fact]
    public void A_wide_image_gets_every_library_width()
    {
        var variants = ImageVariants.Encode(TestFiles.Png(2000, 1000));

        Assert.Equal([320, 640, 1024, 1600], variants.Select(v => v.Width));
        Assert.Equal(800, variants[^1].Height);
    }

    [Fact]
    public void A_narrow_image_is_never_enlarged() =>
        Assert.Equal([320, 640, 800], ImageVariants.Encode(TestFiles.Png(800, 600)).Select(v => v.Width));

    [Fact]
    public void An_image_narrower_than_the_smallest_width_keeps_its_own() =>
        Assert.Equal([200], ImageVariants.WidthsFor(200));

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void An_image_cut_off_halfway_gives_no_variants_rather_than_a_half_grey_picture(string format)
    {
        var whole = format == "png" ? TestFiles.Png(1300, 650) : TestFiles.Jpeg(1300, 650);

        Assert.Empty(ImageVariants.Encode(TestFiles.Truncated(whole)));
    }
}
