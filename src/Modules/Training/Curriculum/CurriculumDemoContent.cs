using System.Globalization;
using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// Loads the demo plans and activities of <c>content/curriculum.yml</c> through the same checks as a plan upload.
/// A school's plan is loaded only while it has no entry for the year, and its activities only while it has none,
/// so a restart never duplicates them and never undoes what a demo user changed.
/// </summary>
internal sealed class CurriculumDemoContent(
    TrainingDbContext db, CoreDbContext core, PlanImport import, CurriculumPlans plans, TopicCatalog topics, TimeProvider clock)
    : IDemoContent
{
    public int Order => 300;

    public async Task LoadAsync(string contentFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(contentFolder, "curriculum.yml");
        if (!File.Exists(path))
        {
            return;
        }
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<CurriculumFile>(await File.ReadAllTextAsync(path, cancellationToken));
        if (!SchoolYear.TryParse(file.Year, out var year))
        {
            throw new InvalidOperationException($"curriculum.yml: '{file.Year}' is not a school year.");
        }
        foreach (var plan in file.Plans)
        {
            var school = await core.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == plan.School, cancellationToken);
            if (school is null)
            {
                continue;
            }
            var place = new CurriculumPlace(new CallerScope(Guid.Empty, school.Id, school.Path, []), school, CanManage: true, CanRecord: true);
            await LoadPlanAsync(place, year, plan.Entries, cancellationToken);
            await LoadActivitiesAsync(school.Id, plan.Activities, cancellationToken);
        }
    }

    private async Task LoadPlanAsync(CurriculumPlace place, SchoolYear year, List<string> rows, CancellationToken cancellationToken)
    {
        var yearText = year.ToString();
        if (await db.IntegrationEntries.AnyAsync(e => e.OrganizationId == place.Organization.Id && e.SchoolYear == yearText, cancellationToken))
        {
            return;
        }
        var lines = rows.Select((row, i) => new PlanLine(i + 1, [.. row.Split('|').Select(c => c.Trim())])).ToList();
        var checkedLines = await import.CheckAsync(place, lines, cancellationToken);
        if (checkedLines.FirstOrDefault(l => !l.IsValid) is { } bad)
        {
            throw new InvalidOperationException($"curriculum.yml, {place.Organization.Code} row {bad.Line.Row}: {string.Join("; ", bad.Errors)}");
        }
        await plans.ImportAsync(place, year, [.. checkedLines.Select(l => l.Entry!)], cancellationToken);
    }

    private async Task LoadActivitiesAsync(int schoolId, List<string> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0 || await db.AwarenessActivities.AnyAsync(a => a.OrganizationId == schoolId, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var date = DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var codes = cells[4].Split(',').Select(c => c.Trim()).ToList();
            if (codes.FirstOrDefault(c => !topics.IsKnown(c)) is { } unknown)
            {
                throw new InvalidOperationException($"curriculum.yml: unknown topic '{unknown}'.");
            }
            db.AwarenessActivities.Add(new AwarenessActivity
            {
                Id = Guid.NewGuid(),
                OrganizationId = schoolId,
                SchoolYear = SchoolYear.Of(date).ToString(),
                Date = date,
                Kind = Enum.Parse<ActivityKind>(cells[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
                Audience = cells[2].Split(',').Aggregate(ActivityAudience.None, (all, a) => all | Enum.Parse<ActivityAudience>(a.Trim(), ignoreCase: true)),
                Participants = int.Parse(cells[3], CultureInfo.InvariantCulture),
                Topics = TopicCodes.Join(codes),
                Title = cells[5],
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class CurriculumFile
    {
        public string Year { get; set; } = "";

        public List<PlanEntry> Plans { get; set; } = [];
    }

    private sealed class PlanEntry
    {
        public string School { get; set; } = "";

        public List<string> Entries { get; set; } = [];

        public List<string> Activities { get; set; } = [];
    }
}
