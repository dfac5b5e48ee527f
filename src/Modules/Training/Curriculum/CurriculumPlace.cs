using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// The organization a curriculum page or query is about, already checked to be in the caller's scope, and what the
/// caller may do there: a school's plan is edited by its administrators (<see cref="CanManage"/>), a teacher records
/// the lessons assigned to them, officers read.
/// </summary>
public sealed record CurriculumPlace(CallerScope Caller, Organization Organization, bool CanManage, bool CanRecord)
{
    public bool IsSchool => Organization.IsSchoolOrCentre;

    public IReadOnlyList<int> Grades => Core.Organizations.Grades.TaughtBy(Organization.Kind, Organization.Level);

    /// <summary>The administrator edits any entry of the plan; a teacher only the status and evidence of their own.</summary>
    public bool MayEdit(IntegrationEntry entry) => CanManage || CanRecord && entry.TeacherId == Caller.PersonId;
}
