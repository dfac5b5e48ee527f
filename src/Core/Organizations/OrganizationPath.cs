namespace ChildSafety.Core.Organizations;

/// <summary>Builds and reads the materialized path "/1/4/17/" of an organization.</summary>
public static class OrganizationPath
{
    public static string Child(string parentPath, int id) => $"{parentPath}{id}/";

    public static string Root(int id) => $"/{id}/";

    public static bool IsWithin(string path, string ancestorPath) =>
        path.StartsWith(ancestorPath, StringComparison.Ordinal);
}
