using ChildSafety.Core.Text;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Core.Organizations;

/// <summary>
/// The grades a school teaches, as numbers: 1–12 for general education, and the four preschool age groups below
/// them — nhà trẻ −3, mẫu giáo bé −2, nhỡ −1, lớn 0 — so that grades sort in the order children go through them.
/// </summary>
public static class Grades
{
    public const int Nursery = -3;

    public const int Kindergarten = 0;

    public static IReadOnlyList<int> Preschool { get; } = [-3, -2, -1, 0];

    public static IReadOnlyList<int> Primary { get; } = [1, 2, 3, 4, 5];

    public static IReadOnlyList<int> LowerSecondary { get; } = [6, 7, 8, 9];

    public static IReadOnlyList<int> UpperSecondary { get; } = [10, 11, 12];

    private static readonly string[] PreschoolCodes = ["NT", "MGB", "MGN", "MGL"];

    private static readonly string[] PreschoolNames = ["Nhà trẻ", "Mẫu giáo bé", "Mẫu giáo nhỡ", "Mẫu giáo lớn"];

    /// <summary>
    /// What an organization teaches. The tree records a multi-level school only as "nhiều cấp", not which levels,
    /// so it is taken to teach grades 1–12; a continuing-education centre teaches the secondary programmes.
    /// </summary>
    public static IReadOnlyList<int> TaughtBy(OrganizationKind kind, SchoolLevel? level) => kind switch
    {
        OrganizationKind.School => level switch
        {
            SchoolLevel.Preschool => Preschool,
            SchoolLevel.Primary => Primary,
            SchoolLevel.LowerSecondary => LowerSecondary,
            SchoolLevel.UpperSecondary => UpperSecondary,
            SchoolLevel.MultiLevel => [.. Primary, .. LowerSecondary, .. UpperSecondary],
            _ => [],
        },
        OrganizationKind.Centre => [.. LowerSecondary, .. UpperSecondary],
        _ => [],
    };

    /// <summary>The level a grade belongs to.</summary>
    public static SchoolLevel LevelOf(int grade) => grade switch
    {
        <= Kindergarten => SchoolLevel.Preschool,
        <= 5 => SchoolLevel.Primary,
        <= 9 => SchoolLevel.LowerSecondary,
        _ => SchoolLevel.UpperSecondary,
    };

    public static bool IsValid(int grade) => grade is >= Nursery and <= 12;

    /// <summary>The short form files use: "NT", "MGB", "MGN", "MGL", or the number.</summary>
    public static string Code(int grade) =>
        grade <= Kindergarten ? PreschoolCodes[grade - Nursery] : grade.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a code, a number, "Lớp 7", or a preschool group's name, with or without accents.</summary>
    public static bool TryParse(string? text, out int grade)
    {
        var key = TextKey.Of(text);
        for (var i = 0; i < PreschoolCodes.Length; i++)
        {
            if (key.Equals(PreschoolCodes[i], StringComparison.OrdinalIgnoreCase) || key == TextKey.Of(PreschoolNames[i]))
            {
                grade = Nursery + i;
                return true;
            }
        }
        var number = Folding.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        if (number.StartsWith("lop", StringComparison.Ordinal))
        {
            number = number[3..];
        }
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out grade) && grade is > Kindergarten and <= 12;
    }

    public static string Name(int grade, IStringLocalizer<CoreText> text) =>
        grade <= Kindergarten ? text[PreschoolNames[grade - Nursery]] : text["Lớp {0}", grade];
}
