using ChildSafety.Content;
using ChildSafety.Site.Hosting;
using ChildSafety.Training;

var builder = WebApplication.CreateBuilder(args);

builder.AddChildSafety(
    new ContentModule(),
    new TrainingModule());

var app = builder.Build();

await app.PrepareDataAsync();

app.UseChildSafety();
app.MapChildSafety();

await app.RunAsync();

/// <summary>The site's entry point, visible to the integration tests that start it.</summary>
public partial class Program;
