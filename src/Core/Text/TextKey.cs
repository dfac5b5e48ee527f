namespace ChildSafety.Core.Text;

/// <summary>
/// Folds a header or a value to its bare letters and digits ("Họ và tên" → "hovaten", "E-mail" → "email"), so that
/// people who type without accents, in capitals, or with extra spaces are still understood.
/// </summary>
public static class TextKey
{
    public static string Of(string? value) =>
        string.Concat(Folding.Fold(value?.Normalize()).Where(char.IsLetterOrDigit));
}
