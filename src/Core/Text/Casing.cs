namespace ChildSafety.Core.Text;

public static class Casing
{
    /// <summary>
    /// A name as it reads inside a sentence: "Lớp 7" → "lớp 7", "An toàn trên không gian mạng" → "an toàn…", so that
    /// labels kept capitalised for headings can be put into messages.
    /// </summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToLower(System.Globalization.CultureInfo.CurrentCulture), text[1..]);
}
