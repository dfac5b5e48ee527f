namespace ChildSafety.Core.Organizations;

/// <summary>Builds and reads the materialized path "/1/4/17/" of an organization.</summary>
public static class OrganizationPath
{
    public static string Child(string parentPath, int id) => $"{parentPath}{id}/";

    public static string Root(int id) => $"/{id}/";

    /// <summary>The ids from the root down to the organization itself.</summary>
    public static IReadOnlyList<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static bool IsWithin(string path, string ancestorPath) =>
        path.StartsWith(ancestorPath, StringComparison.Ordinal);
}
