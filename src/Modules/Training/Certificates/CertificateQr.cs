using QRCoder;

namespace ChildSafety.Training.Certificates;

/// <summary>The QR code a phone scans to reach the certificate's public verification page.</summary>
internal static class CertificateQr
{
    public const int PixelsPerModule = 8;

    /// <summary>A bitmap rather than a PNG: PdfSharp's platform-neutral build imports BMP and JPEG only.</summary>
    public static byte[] Bitmap(Uri verifyUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verifyUrl.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
