using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ChildSafety.Training.Printing;

/// <summary>Writes wrapped paragraphs down A4 pages, starting a new page when one is full.</summary>
public sealed class PdfFlow : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _y;

    public PdfFlow(PdfDocument document)
    {
        PdfSharpSetup.EnsureReady();
        _document = document;
        _graphics = NewPage();
    }

    private double Width => _document.Pages[^1].Width.Point - 2 * Margin;

    public void Paragraph(string text, double size = 11, bool bold = false, bool centred = false, double indent = 0)
    {
        var font = new XFont(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        var lineHeight = size * 1.4;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            if (_y + lineHeight > _document.Pages[^1].Height.Point - Margin)
            {
                _graphics.Dispose();
                _graphics = NewPage();
            }
            var width = _graphics.MeasureString(line, font).Width;
            var x = centred ? Margin + (Width - width) / 2 : Margin + indent;
            _graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + size));
            _y += lineHeight;
        }
        _y += size * 0.4;
    }

    public void Space(double points) => _y += points;

    public void Dispose() => _graphics.Dispose();

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _y = Margin;
        return XGraphics.FromPdfPage(page);
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }
}
