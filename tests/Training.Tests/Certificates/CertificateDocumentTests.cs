using System.Text.RegularExpressions;
using ChildSafety.Training.Certificates;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using QRCoder;

namespace ChildSafety.Training.Tests.Certificates;

public sealed class CertificateDocumentTests
{
    private static readonly CertificatePrint Print = new(
        "Nguyễn Thị Hồng Nhung",
        "Phòng, chống xâm hại trẻ em cho giáo viên",
        "Trường THCS Lê Quý Đôn",
        "CS-2026-000123",
        new DateOnly(2026, 11, 20),
        new DateOnly(2027, 11, 20),
        new Uri("https://an-toan.example.edu.vn/verify/CS-2026-000123"));

    [Fact]
    public void Certificate_is_one_A4_landscape_page_of_PDF()
    {
        var bytes = CertificateDocument.Render(Print);

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = Open(bytes);
        Assert.Equal(1, document.PageCount);
        var page = document.Pages[0];
        Assert.Equal(842, page.Width.Point, 0);
        Assert.Equal(595, page.Height.Point, 0);
    }

    [Fact]
    public void Certificate_text_reads_back_in_Vietnamese_with_serial_dates_and_verification_address()
    {
        using var document = Open(CertificateDocument.Render(Print));

        var text = Regex.Replace(PdfText.Of(document.Pages[0]), @"\s+", " ");

        Assert.Contains("GIẤY CHỨNG NHẬN", text);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text);
        Assert.Contains("Trường THCS Lê Quý Đôn", text);
        Assert.Contains("Đã hoàn thành khoá bồi dưỡng", text);
        Assert.Contains("Phòng, chống xâm hại trẻ em cho giáo viên", text);
        Assert.Contains("Số hiệu: CS-2026-000123", text);
        Assert.Contains("Ngày cấp: 20/11/2026", text);
        Assert.Contains("Có giá trị đến: 20/11/2027", text);
        Assert.Contains("https://an-toan.example.edu.vn/verify/CS-2026-000123", text);
        Assert.DoesNotContain("\uFFFD", text);
    }

    [Fact]
    public void Certificate_embeds_DejaVu_so_that_a_reader_without_the_font_shows_the_same_letters()
    {
        using var document = Open(CertificateDocument.Render(Print));

        var fonts = PdfText.Fonts(document.Pages[0]).Select(f => f.Font).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.Contains("DejaVu Sans", font.Elements.GetName("/BaseFont"), StringComparison.Ordinal);
            var descendant = (PdfDictionary)((PdfReference)font.Elements.GetArray("/DescendantFonts")!.Elements[0]).Value;
            var descriptor = (PdfDictionary)descendant.Elements.GetReference("/FontDescriptor")!.Value;
            Assert.NotNull(descriptor.Elements.GetReference("/FontFile2"));
        });
    }

    [Fact]
    public void Certificate_QR_code_is_the_verification_address()
    {
        using var document = Open(CertificateDocument.Render(Print));
        var images = document.Pages[0].Resources.Elements.GetDictionary("/XObject")!;
        var image = (PdfDictionary)((PdfReference)images.Elements.Values.Single()!).Value;
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(Print.VerifyUrl.AbsoluteUri, QRCodeGenerator.ECCLevel.M);

        var modules = expected.ModuleMatrix.Count;
        var width = image.Elements.GetInteger("/Width");
        Assert.Equal(modules * CertificateQr.PixelsPerModule, width);
        Assert.Equal("/DeviceRGB", image.Elements.GetName("/ColorSpace"));
        var pixels = image.Stream.UnfilteredValue;
        for (var row = 0; row < modules; row++)
        {
            for (var column = 0; column < modules; column++)
            {
                var x = column * CertificateQr.PixelsPerModule + CertificateQr.PixelsPerModule / 2;
                var y = row * CertificateQr.PixelsPerModule + CertificateQr.PixelsPerModule / 2;
                var dark = pixels[(y * width + x) * 3] < 128;
                Assert.True(expected.ModuleMatrix[row][column] == dark, $"Module ({row}, {column}) differs from the QR code of the verification address.");
            }
        }
    }

    [Fact]
    public void A_name_too_long_for_one_line_still_prints_whole()
    {
        var longName = "Tôn Nữ Hoàng Phương Thảo Nguyên Khánh Linh Ngọc Diệp Bảo Châu Hạnh Dung Thục Trinh";
        using var document = Open(CertificateDocument.Render(Print with { FullName = longName }));

        Assert.Contains(longName, Regex.Replace(PdfText.Of(document.Pages[0]), @"\s+", " "));
    }

    private static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
}
