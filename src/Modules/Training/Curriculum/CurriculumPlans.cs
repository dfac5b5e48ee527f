using ChildSafety.Core;
using ChildSafety.Core.Text;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Curriculum;

/// <summary>A school's integration plan for a school year: reading, writing and importing its entries.</summary>
public sealed class CurriculumPlans(TrainingDbContext db, EntryRules rules, CurriculumPlaces places, TimeProvider clock)
{
    public const int PageSize = 25;

    public Task<Paged<IntegrationEntry>> ListAsync(int schoolId, SchoolYear year, EntryFilter filter, int? page, CancellationToken cancellationToken)
    {
        var query = Entries(schoolId, year);
        if (filter.TopicCode is { } topic)
        {
            query = query.Where(e => e.TopicCode == topic);
        }
        if (filter.Grade is { } grade)
        {
            query = query.Where(e => e.Grade == grade);
        }
        if (filter.Term is { } term)
        {
            query = query.Where(e => e.Term == term);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }
        return query.OrderBy(e => e.Grade).ThenBy(e => e.Term).ThenBy(e => e.TopicCode).ThenBy(e => e.Lesson)
            .ToPagedAsync(page, PageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<CoverageFact>> FactsAsync(int schoolId, SchoolYear year, CancellationToken cancellationToken) =>
        await Entries(schoolId, year).Select(e => new CoverageFact(e.TopicCode, e.Grade, e.Term, e.Status)).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<(int SchoolId, CoverageFact Fact)>> FactsAsync(IReadOnlyCollection<int> schoolIds, SchoolYear year, CancellationToken cancellationToken)
    {
        var text = year.ToString();
        var rows = await db.IntegrationEntries.AsNoTracking()
            .Where(e => e.SchoolYear == text && schoolIds.Contains(e.OrganizationId))
            .Select(e => new { e.OrganizationId, e.TopicCode, e.Grade, e.Term, e.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (r.OrganizationId, new CoverageFact(r.TopicCode, r.Grade, r.Term, r.Status)))];
    }

    public Task<IntegrationEntry?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.IntegrationEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>
    /// Adds an entry (<paramref name="entry"/> null) or changes one. A teacher who is not the plan's manager changes
    /// only the status and the evidence of a lesson assigned to them; the rest of the input is ignored.
    /// </summary>
    public async Task<(IntegrationEntry? Entry, Outcome Outcome)> SaveAsync(
        CurriculumPlace place, SchoolYear year, IntegrationEntry? entry, EntryInput input, string? evidenceFile, CancellationToken cancellationToken)
    {
        if (entry is not null && !place.CanManage)
        {
            input = input with
            {
                Grade = entry.Grade, Subject = entry.Subject, TopicCode = entry.TopicCode, Lesson = entry.Lesson,
                Periods = entry.Periods, Term = entry.Term, TeacherId = entry.TeacherId,
            };
        }
        var staff = await StaffIdsAsync(place, cancellationToken).ConfigureAwait(false);
        var (checkedInput, outcome) = rules.Check(input, place.Grades, staff);
        if (checkedInput is null)
        {
            return (null, outcome);
        }
        var now = clock.GetUtcNow();
        if (entry is null)
        {
            entry = new IntegrationEntry
            {
                Id = Guid.NewGuid(), OrganizationId = place.Organization.Id, SchoolYear = year.ToString(), CreatedAt = now,
                Subject = "", TopicCode = "", Lesson = "",
            };
            db.IntegrationEntries.Add(entry);
        }
        Apply(entry, checkedInput, now);
        if (evidenceFile is not null)
        {
            entry.EvidencePath = evidenceFile;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (entry, Outcome.Success);
    }

    public async Task DeleteAsync(IntegrationEntry entry, CancellationToken cancellationToken)
    {
        db.IntegrationEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes checked entries in one transaction. An entry with the same grade, topic, lesson and term as one already
    /// in the plan updates it, so that uploading a corrected file again does not duplicate lessons.
    /// </summary>
    public async Task<int> ImportAsync(CurriculumPlace place, SchoolYear year, IReadOnlyList<EntryInput> inputs, CancellationToken cancellationToken)
    {
        var existing = await db.IntegrationEntries.Where(e => e.OrganizationId == place.Organization.Id && e.SchoolYear == year.ToString())
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = existing.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var now = clock.GetUtcNow();
        foreach (var input in inputs)
        {
            var key = (input.Grade, input.TopicCode, TextKey.Of(input.Lesson), input.Term);
            if (!byKey.TryGetValue(key, out var entry))
            {
                entry = new IntegrationEntry
                {
                    Id = Guid.NewGuid(), OrganizationId = place.Organization.Id, SchoolYear = year.ToString(), CreatedAt = now,
                    Subject = "", TopicCode = "", Lesson = "",
                };
                db.IntegrationEntries.Add(entry);
                byKey[key] = entry;
            }
            Apply(entry, input, now);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return inputs.Count;
    }

    public async Task<IReadOnlySet<Guid>> StaffIdsAsync(CurriculumPlace place, CancellationToken cancellationToken) =>
        (await places.StaffOfAsync(place.Organization.Id, cancellationToken).ConfigureAwait(false)).Select(p => p.Id).ToHashSet();

    private static (int, string, string, int) Key(IntegrationEntry e) => (e.Grade, e.TopicCode, TextKey.Of(e.Lesson), e.Term);

    private IQueryable<IntegrationEntry> Entries(int schoolId, SchoolYear year)
    {
        var text = year.ToString();
        return db.IntegrationEntries.AsNoTracking().Where(e => e.OrganizationId == schoolId && e.SchoolYear == text);
    }

    private static void Apply(IntegrationEntry entry, EntryInput input, DateTimeOffset now)
    {
        entry.Grade = input.Grade;
        entry.Subject = input.Subject;
        entry.TopicCode = input.TopicCode;
        entry.Lesson = input.Lesson;
        entry.Periods = input.Periods;
        entry.Term = input.Term;
        entry.Status = input.Status;
        entry.TeacherId = input.TeacherId;
        entry.EvidenceUrl = input.EvidenceUrl;
        entry.UpdatedAt = now;
    }
}
