using ChildSafety.Content.Media;

namespace ChildSafety.Content.Tests.Media;

public class MediaCheckTests
{
    [Fact]
    public void A_linux_program_named_png_is_refused() =>
        Assert.Equal(MediaRefusal.NotAllowedKind, MediaCheck.Of(TestFiles.Elf()).Refusal);

    [Fact]
    public void A_windows_program_named_png_is_refused() =>
        Assert.Equal(MediaRefusal.NotAllowedKind, MediaCheck.Of(TestFiles.WindowsExecutable()).Refusal);

    [Fact]
    public void An_svg_is_refused_because_it_can_carry_script() =>
        Assert.Equal(MediaRefusal.NotAllowedKind, MediaCheck.Of(TestFiles.Svg()).Refusal);

    [Fact]
    public void A_png_claiming_20000_by_20000_pixels_is_refused_from_its_header()
    {
        var file = TestFiles.PngClaiming(20_000, 20_000);

        var check = MediaCheck.Of(file);

        Assert.True(file.Length < 100_000);
        Assert.Equal(MediaRefusal.TooManyPixels, check.Refusal);
        Assert.Equal((20_000, 20_000), (check.Width, check.Height));
    }

    [Fact]
    public void A_png_signature_followed_by_rubbish_is_unreadable() =>
        Assert.Equal(MediaRefusal.Unreadable, MediaCheck.Of([.. TestFiles.Png(10, 10)[..16], .. new byte[200]]).Refusal);

    [Fact]
    public void A_file_over_10_mb_is_refused() =>
        Assert.Equal(MediaRefusal.TooLarge, MediaCheck.Of([.. TestFiles.Pdf(), .. new byte[MediaLimits.MaxBytes]]).Refusal);

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal(MediaRefusal.Empty, MediaCheck.Of([]).Refusal);

    [Fact]
    public void A_jpeg_is_an_image_with_its_dimensions()
    {
        var check = MediaCheck.Of(TestFiles.Jpeg(640, 480));

        Assert.True(check.Accepted);
        Assert.Equal((MediaKind.Image, 640, 480), (check.Kind, check.Width, check.Height));
    }

    [Fact]
    public void A_pdf_is_a_document() =>
        Assert.Equal(new MediaCheck(null, MediaKind.Document), MediaCheck.Of(TestFiles.Pdf()));

    [Fact]
    public void A_web_page_starting_with_the_pdf_signature_is_refused_as_no_pdf() =>
        Assert.Equal(MediaRefusal.NotAPdf, MediaCheck.Of(TestFiles.PdfThatIsNot()).Refusal);

    [Fact]
    public void A_pdf_cut_off_before_its_end_is_refused_as_no_pdf() =>
        Assert.Equal(MediaRefusal.NotAPdf, MediaCheck.Of(TestFiles.Truncated(TestFiles.Pdf())).Refusal);
}
