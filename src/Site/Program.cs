using ChildSafety.Content;
using ChildSafety.Site.Backup;
using ChildSafety.Site.Hosting;
using ChildSafety.Training;

if (await MaintenanceCommand.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddChildSafety(
    new ContentModule(),
    new TrainingModule());

var app = builder.Build();

await app.PrepareDataAsync();

app.UseChildSafety();
app.MapChildSafety();

await app.RunAsync();
return 0;

/// <summary>The site's entry point, visible to the integration tests that start it.</summary>
public partial class Program;
