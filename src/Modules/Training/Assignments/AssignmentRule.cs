using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Assignments;

/// <summary>Who an assignment covers and when each of them is due.</summary>
public sealed record AssignmentRule(string OrganizationPath, PositionSet Positions, SchoolLevelSet Levels, DateOnly? DueOn, int? DueDaysAfterStart, DateOnly AssignedOn)
{
    public bool Covers(Member member) => Covers(member.OrganizationPath, member.Position, member.Level);

    /// <summary>Everyone of one organization and position is covered alike: the rule never looks at the person.</summary>
    public bool Covers(string organizationPath, Position position, SchoolLevel? level) =>
        organizationPath.StartsWith(OrganizationPath, StringComparison.Ordinal)
        && Positions.Contains(position)
        && Levels.Admits(level);

    /// <summary>
    /// A fixed date, or N days after starting. Someone who started before the assignment was made gets N days from
    /// the assignment instead, so that long-serving staff are not overdue on the day it is made.
    /// </summary>
    public DateOnly DueFor(Member member) => DueFor(member.StartedOn);

    public DateOnly DueFor(DateOnly startedOn) =>
        DueOn ?? (startedOn > AssignedOn ? startedOn : AssignedOn).AddDays(DueDaysAfterStart ?? 0);
}
