using Bogus;
using Person = ChildSafety.Core.People.Person;
using ChildSafety.Core.Text;

namespace ChildSafety.Bench.Generate;

/// <summary>The run's settings and everything earlier steps made that later steps build on.</summary>
public sealed class Generation(GeneratorOptions options, IServiceProvider services)
{
    public GeneratorOptions Options { get; } = options;

    public IServiceProvider Services { get; } = services;

    /// <summary>09:00 in Vietnam on the generation's "today"; nothing generated happens after it.</summary>
    public DateTimeOffset Now { get; } = new(options.Today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    /// <summary>The three school years of history, oldest first, ending with the current one.</summary>
    public IReadOnlyList<SchoolYear> Years { get; } = [.. Enumerable.Range(-2, 3).Select(offset => new SchoolYear(SchoolYear.Of(options.Today).StartYear + offset))];

    public ProvinceTree Tree { get; set; } = null!;

    /// <summary>Every generated person, the bench administrator first.</summary>
    public IReadOnlyList<Person> People { get; set; } = [];

    /// <summary>The province's published lessons (content item ids), which the courses are built from.</summary>
    public IReadOnlyList<Guid> Lessons { get; set; } = [];

    /// <summary>
    /// A random source for one step, seeded from the run's seed and the step's name, so that adding a step or
    /// changing one leaves the others' data as it was.
    /// </summary>
    public Faker FakerFor(string step)
    {
        var hash = 17;
        foreach (var c in step)
        {
            hash = unchecked((hash * 31) + c);
        }
        return new Faker("vi") { Random = new Randomizer(Options.Seed ^ hash) };
    }
}
