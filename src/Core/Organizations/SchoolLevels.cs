namespace ChildSafety.Core.Organizations;

/// <summary>The abbreviations Vietnamese documents use for school levels: MN, TH, THCS, THPT, and "nhiều cấp".</summary>
public static class SchoolLevels
{
    public static string Code(SchoolLevel level) => level switch
    {
        SchoolLevel.Preschool => "MN",
        SchoolLevel.Primary => "TH",
        SchoolLevel.LowerSecondary => "THCS",
        SchoolLevel.UpperSecondary => "THPT",
        _ => "MULTI",
    };

    /// <summary>Reads "MN", "TH", "THCS", "THPT", "MULTI" or "nhiều cấp" (any case, with or without accents).</summary>
    public static SchoolLevel? FromCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "MN" => SchoolLevel.Preschool,
        "TH" => SchoolLevel.Primary,
        "THCS" => SchoolLevel.LowerSecondary,
        "THPT" => SchoolLevel.UpperSecondary,
        "MULTI" or "NHIỀU CẤP" or "NHIEU CAP" or "PT NHIỀU CẤP" => SchoolLevel.MultiLevel,
        _ => null,
    };
}
