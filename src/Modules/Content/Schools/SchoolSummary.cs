using ChildSafety.Core.Organizations;

namespace ChildSafety.Content.Schools;

/// <summary>A school or centre as the public lists show it, with the office it reports to.</summary>
public sealed record SchoolSummary(int Id, string Code, string Name, SchoolLevel? Level, string Path, int? ParentId, string ParentName)
{
    public string PublicPath => PublicPathOf(Code);

    public static string PublicPathOf(string code) => $"/schools/{code}";
}
