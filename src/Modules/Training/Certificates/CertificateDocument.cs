using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using ChildSafety.Training.Printing;

namespace ChildSafety.Training.Certificates;

/// <summary>
/// The printable certificate: one A4 landscape page in Vietnamese, with the serial, the dates and a QR code to the
/// public verification page, whose address is also printed for those who type it.
/// </summary>
public static class CertificateDocument
{
    private const double Margin = 36;
    private const double QrSize = 110;
    private const string Platform = "Nền tảng An toàn trẻ em trong trường học";

    private static readonly XColor Ink = XColor.FromArgb(0x1f, 0x2a, 0x44);
    private static readonly XColor Accent = XColor.FromArgb(0x0b, 0x6e, 0x4f);
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Render(CertificatePrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        PdfSharpSetup.EnsureReady();

        using var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận {print.Serial}";
        document.Info.Subject = print.CourseTitle;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Draw(graphics, new XRect(0, 0, page.Width.Point, page.Height.Point), print);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics graphics, XRect sheet, CertificatePrint print)
    {
        var ink = new XSolidBrush(Ink);
        var accent = new XSolidBrush(Accent);
        graphics.DrawRectangle(new XPen(Accent, 3), Inset(sheet, Margin / 2));
        graphics.DrawRectangle(new XPen(Accent, 0.75), Inset(sheet, Margin / 2 + 6));

        var width = sheet.Width - 4 * Margin;
        var centre = sheet.Width / 2;
        var y = 80.0;
        y = Centred(graphics, "GIẤY CHỨNG NHẬN", Font(36, bold: true), accent, centre, y, width) + 14;
        y = Centred(graphics, "Chứng nhận", Font(14), ink, centre, y, width) + 10;
        y = Centred(graphics, print.FullName, Font(28, bold: true), ink, centre, y, width) + 6;
        y = Centred(graphics, print.OrganizationName, Font(14), ink, centre, y, width) + 18;
        y = Centred(graphics, "Đã hoàn thành khoá bồi dưỡng", Font(14), ink, centre, y, width) + 8;
        Wrapped(graphics, print.CourseTitle, Font(20, bold: true), accent, new XRect(2 * Margin, y, width, 100));

        var bottom = sheet.Height - 1.5 * Margin;
        var small = Font(11);
        var left = 2 * Margin;
        graphics.DrawString($"Số hiệu: {print.Serial}", Font(11, bold: true), ink, left, bottom - 48);
        graphics.DrawString($"Ngày cấp: {Date(print.IssuedOn)}", small, ink, left, bottom - 32);
        graphics.DrawString($"Có giá trị đến: {Date(print.ExpiresOn)}", small, ink, left, bottom - 16);
        graphics.DrawString($"Cấp bởi {Platform}", Font(9), ink, left, bottom);

        var qr = new XRect(sheet.Width - 2 * Margin - QrSize, bottom - QrSize - 12, QrSize, QrSize);
        using (var image = XImage.FromStream(new MemoryStream(CertificateQr.Bitmap(print.VerifyUrl))))
        {
            image.Interpolate = false;
            graphics.DrawImage(image, qr);
        }
        var verify = print.VerifyUrl.AbsoluteUri;
        var link = Font(FittingSize(graphics, verify, 8, 2 * QrSize + Margin), bold: false);
        graphics.DrawString("Kiểm tra tại:", Font(8), ink, new XRect(qr.Right - 2 * QrSize - Margin, qr.Bottom + 2, 2 * QrSize + Margin, 10), XStringFormats.TopRight);
        graphics.DrawString(verify, link, ink, new XRect(qr.Right - 2 * QrSize - Margin, qr.Bottom + 12, 2 * QrSize + Margin, 10), XStringFormats.TopRight);
    }

    /// <summary>Draws one centred line, shrinking the font until a long name fits; returns the y below it.</summary>
    private static double Centred(XGraphics graphics, string text, XFont font, XBrush brush, double centre, double y, double width)
    {
        var fitted = Font(FittingSize(graphics, text, font.Size, width, font.Bold), font.Bold);
        var height = fitted.GetHeight();
        graphics.DrawString(text, fitted, brush, new XRect(centre - width / 2, y, width, height), XStringFormats.TopCenter);
        return y + height;
    }

    private static void Wrapped(XGraphics graphics, string text, XFont font, XBrush brush, XRect area) =>
        new XTextFormatter(graphics) { Alignment = XParagraphAlignment.Center }.DrawString(text, font, brush, area, XStringFormats.TopLeft);

    private static double FittingSize(XGraphics graphics, string text, double size, double width, bool bold = false)
    {
        while (size > 6 && graphics.MeasureString(text, Font(size, bold)).Width > width)
        {
            size -= 0.5;
        }
        return size;
    }

    /// <summary>Unicode encoding for every run, so that a copy or a screen reader gets the Vietnamese text back.</summary>
    private static XFont Font(double size, bool bold = false) =>
        new(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static XRect Inset(XRect rect, double by) => new(rect.X + by, rect.Y + by, rect.Width - 2 * by, rect.Height - 2 * by);

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);
}
