using PdfSharp;
using PdfSharp.Fonts;

namespace ChildSafety.Training.Printing;

/// <summary>
/// PdfSharp's process-wide settings, made once before any document: its licence (6.5 refuses to create a document
/// until one is loaded; the free one is the AGPL licence — the project's licence choice, to be confirmed) and the
/// DejaVu fonts.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Setting = new();

    public static void EnsureReady()
    {
        lock (Setting)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFonts)
            {
                return;
            }
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new DejaVuFonts();
        }
    }
}
