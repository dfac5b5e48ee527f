using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 2: active people who hold a current certificate — issued, not expired and not revoked on the figures'
/// day — for every course assigned to them by the rules in force that day (made by then, not withdrawn by then).
/// The denominator is the active people with at least one such course: the directives ask for training "by
/// position", so someone no rule covers has nothing to hold, and a scope where nothing was assigned shows no data
/// rather than a 100% it did not earn. Whether someone is late does not matter here: a course not yet due is still
/// a certificate missing, which is what the officer signing the figure must know.
/// </summary>
public sealed class CertificateIndicator(AuditDbContext db, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "certificates";

    public string Key => IndicatorKey;

    public int Number => 2;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.People;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var rules = await InForce(tree.Root, period).ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = Staff(tree.PeopleIn(db.People));
        var staff = await people
            .GroupBy(p => new { p.OrganizationId, p.Position })
            .Select(g => new { g.Key.OrganizationId, g.Key.Position, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var holders = await HoldersAsync(people, tree.Root, period, cancellationToken).ConfigureAwait(false);

        var units = tree.Units.ToDictionary(u => u.Id);
        var figures = new Dictionary<int, Fraction>();
        foreach (var group in staff)
        {
            var required = units.TryGetValue(group.OrganizationId, out var unit) ? RequiredOf(rules, unit, group.Position).Count : 0;
            if (required == 0)
            {
                continue;
            }
            var holding = holders.GetValueOrDefault((group.OrganizationId, group.Position, required));
            figures[group.OrganizationId] = figures.GetValueOrDefault(group.OrganizationId) + new Fraction(holding, group.Count);
        }
        return new IndicatorFigures(figures);
    }

    /// <summary>
    /// How many of <paramref name="people"/> hold a current certificate for exactly N of the courses assigned to them,
    /// by organization, position and N, counted in the database: a person holds all their courses when N is the
    /// number the rules give their organization and position. The coverage test is <see cref="AssignmentRule.Covers(string, Position, SchoolLevel?)"/>
    /// written for the database, on the bits of the holder's position and level.
    /// </summary>
    private async Task<IReadOnlyDictionary<(int OrganizationId, Position Position, int Courses), int>> HoldersAsync(
        IQueryable<Person> people, AuditUnit scope, AuditPeriod period, CancellationToken cancellationToken)
    {
        var rules = InForce(scope, period);
        var held = await Current(people, period)
            .Where(c => rules.Any(r => r.CourseId == c.CourseId
                && c.OrganizationPath.StartsWith(r.OrganizationPath)
                && (r.Positions & c.PositionBit) != 0
                && (r.Levels == SchoolLevelSet.Any || (r.Levels & c.LevelBit) != 0)))
            .GroupBy(c => new { c.PersonId, c.OrganizationId, c.Position })
            .Select(g => new { g.Key.OrganizationId, g.Key.Position, Courses = g.Select(c => c.CourseId).Distinct().Count() })
            .GroupBy(h => new { h.OrganizationId, h.Position, h.Courses })
            .Select(g => new { g.Key.OrganizationId, g.Key.Position, g.Key.Courses, People = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return held.ToDictionary(h => (h.OrganizationId, h.Position, h.Courses), h => h.People);
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var rules = await InForce(unit, period).ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = Staff(db.People.Where(p => p.OrganizationId == unit.Id));
        var staff = await people.Select(p => new { p.Id, p.FullName, p.Email, p.Position })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = (await Current(people, period)
            .Select(c => new { c.PersonId, c.CourseId, c.ExpiresAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(c => (c.PersonId, c.CourseId))
            .ToDictionary(g => g.Key, g => g.Max(c => c.ExpiresAt));
        var titles = await TitlesAsync(rules.Select(r => r.CourseId), cancellationToken).ConfigureAwait(false);

        var entries = new List<IndicatorEntry>();
        foreach (var person in staff)
        {
            var required = RequiredOf(rules, unit, person.Position);
            if (required.Count == 0)
            {
                continue;
            }
            var missing = required.Where(c => !held.ContainsKey((person.Id, c))).Select(c => titles.GetValueOrDefault(c, "")).Order(StringComparer.CurrentCulture).ToList();
            var status = missing.Count == 0
                ? text["Có chứng nhận còn hiệu lực cho cả {0} khoá học được giao", required.Count]
                : text["Thiếu chứng nhận: {0}", string.Join("; ", missing)];
            var until = missing.Count == 0 ? required.Min(c => held[(person.Id, c)]) : (DateTimeOffset?)null;
            entries.Add(new IndicatorEntry(person.FullName, $"{text[PositionNames.Of(person.Position)]} · {person.Email} · {status}", missing.Count == 0, until, PersonId: person.Id));
        }
        return entries.OrderBy(e => e.Counts).ThenBy(e => e.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The courses the rules give one organization's people of a position.</summary>
    private static HashSet<int> RequiredOf(IReadOnlyList<Assignment> rules, AuditUnit unit, Position position) =>
        rules.Where(r => r.Rule.Covers(unit.Path, position, unit.Level)).Select(r => r.CourseId).ToHashSet();

    private static IQueryable<Person> Staff(IQueryable<Person> people) => people.Where(p => p.IsActive);

    /// <summary>The assignments in force on the figures' day that reach into <paramref name="scope"/>: made above it or within it.</summary>
    private IQueryable<Assignment> InForce(AuditUnit scope, AuditPeriod period)
    {
        var ancestors = OrganizationPath.Ids(scope.Path).ToList();
        var cutoff = period.Cutoff;
        var asOf = period.AsOf;
        return db.Assignments.AsNoTracking()
            .Where(a => a.AssignedOn <= asOf && (a.WithdrawnAt == null || a.WithdrawnAt >= cutoff))
            .Where(a => a.OrganizationPath.StartsWith(scope.Path) || ancestors.Contains(a.OrganizationId));
    }

    /// <summary>The certificates of <paramref name="people"/> valid through the figures' day, with their holder's place.</summary>
    private IQueryable<HeldCertificate> Current(IQueryable<Person> people, AuditPeriod period)
    {
        var cutoff = period.Cutoff;
        return db.Certificates.AsNoTracking()
            .Where(c => c.IssuedAt < cutoff && c.ExpiresAt >= cutoff && (c.RevokedAt == null || c.RevokedAt >= cutoff))
            .Join(people, c => c.PersonId, p => p.Id, (c, p) => new HeldCertificate
            {
                PersonId = c.PersonId, OrganizationId = p.OrganizationId, OrganizationPath = p.Organization!.Path,
                Position = p.Position, CourseId = c.CourseId, ExpiresAt = c.ExpiresAt,
                // PositionSets and SchoolLevelSets.Of as the database can evaluate them: a CASE, no shift.
                PositionBit = p.Position == Position.Manager ? PositionSet.Managers : p.Position == Position.Teacher ? PositionSet.Teachers : PositionSet.Staff,
                LevelBit = p.Organization.Level == null ? SchoolLevelSet.Any
                    : p.Organization.Level == SchoolLevel.Preschool ? SchoolLevelSet.Preschool
                    : p.Organization.Level == SchoolLevel.Primary ? SchoolLevelSet.Primary
                    : p.Organization.Level == SchoolLevel.LowerSecondary ? SchoolLevelSet.LowerSecondary
                    : p.Organization.Level == SchoolLevel.UpperSecondary ? SchoolLevelSet.UpperSecondary
                    : SchoolLevelSet.MultiLevel,
            });
    }

    /// <summary>Each course's title as its latest published version names it.</summary>
    private async Task<IReadOnlyDictionary<int, string>> TitlesAsync(IEnumerable<int> courseIds, CancellationToken cancellationToken)
    {
        var ids = courseIds.Distinct().ToList();
        var versions = await db.CourseVersions.AsNoTracking()
            .Where(v => ids.Contains(v.CourseId) && v.State == CourseVersionState.Published)
            .Select(v => new { v.CourseId, v.Number, v.Title })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return versions.GroupBy(v => v.CourseId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Title);
    }

    /// <summary>Built by member initialization, which EF can keep translating through the operators that follow.</summary>
    private sealed class HeldCertificate
    {
        public Guid PersonId { get; init; }

        public int OrganizationId { get; init; }

        public string OrganizationPath { get; init; } = "/";

        public PositionSet PositionBit { get; init; }

        /// <summary>No bit for an office, which no level filter admits.</summary>
        public SchoolLevelSet LevelBit { get; init; }

        public Position Position { get; init; }

        public int CourseId { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }
    }
}
