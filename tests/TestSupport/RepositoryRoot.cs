namespace ChildSafety.TestSupport;

/// <summary>The checkout the tests were built from, found by walking up from the test binaries to the solution file.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ChildSafety.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"ChildSafety.sln not found above {AppContext.BaseDirectory}.");
    }
}
