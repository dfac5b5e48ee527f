using PdfSharp.Fonts;

namespace ChildSafety.Training.Printing;

/// <summary>
/// PdfSharp's process-wide font setting, made once before any document: the DejaVu fonts. PdfSharp stays pinned at
/// 6.2.x, the last MIT-licensed line; 6.5 requires choosing the AGPL or a commercial licence at start-up.
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
            GlobalFontSettings.FontResolver = new DejaVuFonts();
        }
    }
}
