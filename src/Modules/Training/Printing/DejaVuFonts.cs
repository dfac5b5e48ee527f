using PdfSharp.Fonts;

namespace ChildSafety.Training.Printing;

/// <summary>
/// DejaVu Sans (regular and bold, embedded in this assembly with its licence) for every PDF the platform prints: it
/// has the Vietnamese glyphs, and PdfSharp 6 finds no system fonts on Linux by itself. PdfSharp takes one resolver
/// per process, so every document asks for <see cref="Family"/> after <see cref="PdfSharpSetup.EnsureReady"/>.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Italic has no face of its own here; PdfSharp slants the regular face when asked.
        new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(DejaVuFonts).Assembly.GetManifestResourceStream($"ChildSafety.Training.Printing.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
