using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// "Everyone of this scope, these positions and levels takes this course by then." Only the rule is stored: who is
/// assigned is worked out from it whenever asked, so someone who joins the scope later is included at once.
/// </summary>
public sealed class Assignment
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public int OrganizationId { get; set; }

    public string OrganizationPath { get; set; } = "/";

    public PositionSet Positions { get; set; } = PositionSet.Everyone;

    public SchoolLevelSet Levels { get; set; } = SchoolLevelSet.Any;

    /// <summary>A fixed due date; exactly one of this and <see cref="DueDaysAfterStart"/> is set.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Due this many days after the person started, or after the assignment was made for those who started earlier.</summary>
    public int? DueDaysAfterStart { get; set; }

    public DateOnly AssignedOn { get; set; }

    public Guid AssignedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public Guid? WithdrawnById { get; set; }

    public AssignmentRule Rule => new(OrganizationPath, Positions, Levels, DueOn, DueDaysAfterStart, AssignedOn);
}
