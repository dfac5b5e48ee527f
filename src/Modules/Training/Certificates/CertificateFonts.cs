using PdfSharp;
using PdfSharp.Fonts;

namespace ChildSafety.Training.Certificates;

/// <summary>
/// DejaVu Sans from inside this assembly: it has every Vietnamese letter with its tone marks, and being embedded it
/// does not depend on which fonts a server has installed. PdfSharp's resolver is process-wide, so it is set once.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    /// <summary>
    /// Also loads PdfSharp's licence: 6.5 refuses to draw without one, and the package is published under AGPL-3.0
    /// (a commercial key would be loaded here instead).
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not null)
            {
                return;
            }
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new CertificateFonts();
        }
    }

    /// <summary>Every family asked for resolves to DejaVu, so no text can fall back to a font without Vietnamese glyphs.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"ChildSafety.Training.Certificates.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in the Training assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
