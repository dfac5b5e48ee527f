using System.Globalization;
using ChildSafety.Core.Data;
using Microsoft.Extensions.Configuration;

namespace ChildSafety.Bench.Generate;

/// <summary>
/// What to generate and where. The database comes from the site's own keys (<c>Database:Provider</c>,
/// <c>ConnectionStrings:Default</c>, <c>Site:DataPath</c>), from the environment or the command line.
/// </summary>
public sealed record GeneratorOptions(int Seed, int Schools, int Staff, DateOnly Today, DatabaseSettings Database, IConfiguration Configuration)
{
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--seed"] = "Generate:Seed",
        ["--schools"] = "Generate:Schools",
        ["--staff"] = "Generate:Staff",
        ["--today"] = "Generate:Today",
        ["--provider"] = "Database:Provider",
        ["--connection"] = "ConnectionStrings:Default",
        ["--data-path"] = "Site:DataPath",
    };

    public static GeneratorOptions From(string[] args)
    {
        // An unknown switch (a typo, --help) would otherwise be ignored and a full province generated.
        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && !Switches.ContainsKey(a.Split('=')[0])) is { } unknown)
        {
            throw new ArgumentException($"Unknown option {unknown}: bench/generate --help lists the options.");
        }
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args, Switches)
            .Build();
        var section = configuration.GetSection("Generate");
        var today = section["Today"] is { } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTime.UtcNow);
        var options = new GeneratorOptions(
            section.GetValue("Seed", 2026),
            section.GetValue("Schools", 3_000),
            section.GetValue("Staff", 150_000),
            today,
            DatabaseSettings.From(configuration, Directory.GetCurrentDirectory()),
            configuration);
        if (options.Schools < 1 || options.Staff < options.Schools)
        {
            throw new ArgumentException("--schools must be at least 1 and --staff at least the number of schools.");
        }
        return options;
    }
}
