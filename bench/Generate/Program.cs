using System.Diagnostics;
using ChildSafety.Bench.Generate;
using ChildSafety.Bench.Generate.Steps;

var options = GeneratorOptions.From(args);
await using var services = GeneratorServices.Build(options);
var generation = new Generation(options, services);

IGeneratorStep[] steps =
[
    new MigrationStep(),
    new OrganizationStep(),
    new PeopleStep(),
    new ConductStep(),
    new CommitmentStep(),
    new ContentStep(),
    new CourseStep(),
    new CurriculumStep(),
];

Console.WriteLine($"Generating a province: seed {options.Seed}, {options.Schools:N0} schools, {options.Staff:N0} staff, today {options.Today:yyyy-MM-dd}, {options.Database.Provider}");
var total = Stopwatch.StartNew();
foreach (var step in steps)
{
    var watch = Stopwatch.StartNew();
    var rows = await step.RunAsync(generation, CancellationToken.None);
    Console.WriteLine($"  {step.Name,-28} {watch.Elapsed.TotalSeconds,7:F1} s  {rows,10:N0} rows");
}
Console.WriteLine($"  {"total",-28} {total.Elapsed.TotalSeconds,7:F1} s");
