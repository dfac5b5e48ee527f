namespace ChildSafety.Core.People;

/// <summary>The role stereotypes of the platform. Permissions are granted to these names by default.</summary>
public static class Roles
{
    public const string Staff = nameof(Staff);
    public const string SchoolAdmin = nameof(SchoolAdmin);
    public const string DistrictOfficer = nameof(DistrictOfficer);
    public const string ProvinceOfficer = nameof(ProvinceOfficer);
    public const string Editor = nameof(Editor);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
        [Staff, SchoolAdmin, DistrictOfficer, ProvinceOfficer, Editor, Administrator];

    /// <summary>
    /// Which roles a holder of <paramref name="role"/> may give to others: never more than they hold themselves.
    /// </summary>
    public static IReadOnlyList<string> AssignableBy(string role) => role switch
    {
        Administrator => All,
        ProvinceOfficer => [Staff, SchoolAdmin, DistrictOfficer, ProvinceOfficer, Editor],
        DistrictOfficer => [Staff, SchoolAdmin, DistrictOfficer, Editor],
        SchoolAdmin => [Staff, SchoolAdmin, Editor],
        _ => [],
    };

    public static IReadOnlyList<string> AssignableBy(IEnumerable<string> roles) =>
        roles.SelectMany(AssignableBy).Distinct().OrderBy(Rank).ToList();

    /// <summary>Where <paramref name="role"/> stands in <see cref="All"/>, to list roles in the platform's order; an unknown name goes last.</summary>
    public static int Rank(string role)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == role)
            {
                return i;
            }
        }
        return All.Count;
    }
}
