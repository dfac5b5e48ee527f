using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Curriculum;

/// <summary>The coverage of a school (its matrix and gaps) or of an office (the roll-up over its schools) for a school year.</summary>
public sealed class CoverageReport(CurriculumPlans plans, CurriculumPlaces places, TopicCatalog topics)
{
    public async Task<CoverageMatrix> ForSchoolAsync(Organization school, SchoolYear year, CancellationToken cancellationToken)
    {
        var facts = await plans.FactsAsync(school.Id, year, cancellationToken).ConfigureAwait(false);
        return CoverageMatrix.Build(topics.All, Grades.TaughtBy(school.Kind, school.Level), [.. facts]);
    }

    public async Task<CoverageRollup> ForOfficeAsync(Organization office, SchoolYear year, CancellationToken cancellationToken)
    {
        var schools = await places.SchoolsUnderAsync(office, cancellationToken).ConfigureAwait(false);
        var facts = await plans.FactsAsync([.. schools.Select(s => s.School.Id)], year, cancellationToken).ConfigureAwait(false);
        return CoverageRollup.Build(topics.All, [.. schools.Select(s => s.Grades)], facts);
    }

    /// <summary>The drill-down of a roll-up cell: each school of the office teaching the grade, with its status for the topic.</summary>
    public async Task<IReadOnlyList<(Organization School, CoverageStatus Status)>> SchoolsAsync(
        Organization office, SchoolYear year, string topicCode, int grade, CancellationToken cancellationToken)
    {
        var schools = (await places.SchoolsUnderAsync(office, cancellationToken).ConfigureAwait(false))
            .Where(s => s.Grades.Grades.Contains(grade)).ToList();
        var facts = await plans.FactsAsync([.. schools.Select(s => s.School.Id)], year, cancellationToken).ConfigureAwait(false);
        var bySchool = facts.Where(f => f.Fact.TopicCode == topicCode && f.Fact.Grade == grade).ToLookup(f => f.SchoolId, f => f.Fact.Status);
        return [.. schools.Select(s => (s.School, bySchool[s.School.Id].Any(st => st == EntryStatus.Taught) ? CoverageStatus.Taught
            : bySchool[s.School.Id].Any() ? CoverageStatus.Planned : CoverageStatus.None))];
    }
}
