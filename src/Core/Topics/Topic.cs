using System.Globalization;

namespace ChildSafety.Core.Topics;

/// <summary>A child-safety topic of the shared taxonomy, with the grades where the directives suggest teaching it.</summary>
public sealed record Topic(string Code, string Name, string NameEn, string Description, string DescriptionEn, IReadOnlyList<int> SuggestedGrades)
{
    /// <summary>The name in the current UI language.</summary>
    public string Title => IsEnglish ? NameEn : Name;

    public string Summary => IsEnglish ? DescriptionEn : Description;

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
