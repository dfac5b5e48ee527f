using ChildSafety.Core.Data;

namespace ChildSafety.Site.Backup;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE [--force]</c> on the command line, run instead of the site with the same
/// configuration (appsettings, environment, the remaining <c>--Key=value</c> arguments).
/// </summary>
public static class MaintenanceCommand
{
    /// <summary>The exit code when <paramref name="args"/> name a command, else null and the site starts.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not [("backup" or "restore") and var command, var file, .. var rest])
        {
            return null;
        }
        var force = rest.Contains("--force");
        var builder = WebApplication.CreateBuilder([.. rest.Where(a => a != "--force")]);
        var database = DatabaseSettings.From(builder.Configuration);
        var postgres = new PostgresTools(builder.Configuration["Backup:PostgresBin"]);
        try
        {
            if (command == "backup")
            {
                await new SiteBackup(database, postgres).WriteAsync(Path.GetFullPath(file), CancellationToken.None);
                Console.WriteLine($"Backup written to {Path.GetFullPath(file)}.");
                return 0;
            }
            var refused = await new SiteRestore(database, postgres).RestoreAsync(Path.GetFullPath(file), force, CancellationToken.None);
            Console.WriteLine(refused ?? $"Restored from {Path.GetFullPath(file)}.");
            return refused is null ? 0 : 2;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {e.Message}");
            return 1;
        }
    }
}
