using System.Globalization;
using QRCoder;

namespace ChildSafety.Site.Security;

/// <summary>
/// The otpauth:// address an authenticator app reads, and its QR code as a PNG data URI: an image, not a script,
/// so it needs nothing beyond the Content-Security-Policy's <c>img-src data:</c>.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "An toàn trẻ em";

    public static string Uri(string account, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    public static string PngDataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
