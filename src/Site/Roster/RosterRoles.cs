using ChildSafety.Core.Text;
using System.Collections.Frozen;
using ChildSafety.Core.People;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Role names in a roster cell: the platform's names ("SchoolAdmin", "school admin") or their Vietnamese labels,
/// separated by commas or semicolons.
/// </summary>
public static class RosterRoles
{
    private static readonly (string Key, string Role)[] VietnameseLabels =
    [
        ("nhanvien", Roles.Staff),
        ("canbo", Roles.Staff),
        ("quantritruong", Roles.SchoolAdmin),
        ("chuyenvienphong", Roles.DistrictOfficer),
        ("canbophong", Roles.DistrictOfficer),
        ("chuyenvienso", Roles.ProvinceOfficer),
        ("canboso", Roles.ProvinceOfficer),
        ("bientapvien", Roles.Editor),
        ("quantrivien", Roles.Administrator),
    ];

    private static readonly FrozenDictionary<string, string> ByKey = Roles.All
        .Select(r => (Key: TextKey.Of(r), Role: r))
        .Concat(VietnameseLabels)
        .ToFrozenDictionary(x => x.Key, x => x.Role);

    /// <summary>The roles named in <paramref name="value"/>, and the names that are no role at all.</summary>
    public static (IReadOnlyList<string> Roles, IReadOnlyList<string> Unknown) Parse(string value)
    {
        var roles = new List<string>();
        var unknown = new List<string>();
        foreach (var name in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ByKey.TryGetValue(TextKey.Of(name), out var role))
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
            else
            {
                unknown.Add(name);
            }
        }
        return (roles, unknown);
    }
}
