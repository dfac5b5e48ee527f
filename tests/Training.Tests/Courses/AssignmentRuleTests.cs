using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Tests.Courses;

public class AssignmentRuleTests
{
    private static readonly DateOnly AssignedOn = new(2026, 9, 1);

    private static Member Teacher(string path, SchoolLevel? level, DateOnly started, Position position = Position.Teacher) =>
        new(Guid.NewGuid(), "Nguyễn Văn A", "a@test.edu.vn", 17, "Trường", path, level, position, started);

    [Fact]
    public void Covers_people_of_the_subtree_with_the_positions_and_levels_named()
    {
        var rule = new AssignmentRule("/1/4/", PositionSet.Teachers, SchoolLevelSet.Primary | SchoolLevelSet.LowerSecondary, new DateOnly(2026, 11, 30), null, AssignedOn);

        Assert.True(rule.Covers(Teacher("/1/4/17/", SchoolLevel.LowerSecondary, AssignedOn)));
        Assert.False(rule.Covers(Teacher("/1/5/18/", SchoolLevel.LowerSecondary, AssignedOn)));
        Assert.False(rule.Covers(Teacher("/1/4/17/", SchoolLevel.Preschool, AssignedOn)));
        Assert.False(rule.Covers(Teacher("/1/4/17/", SchoolLevel.Primary, AssignedOn, Position.Staff)));
        Assert.False(rule.Covers(Teacher("/1/4/", null, AssignedOn)));
    }

    [Fact]
    public void Without_a_level_filter_office_staff_are_covered_too()
    {
        var rule = new AssignmentRule("/1/4/", PositionSet.Everyone, SchoolLevelSet.Any, new DateOnly(2026, 11, 30), null, AssignedOn);
        Assert.True(rule.Covers(Teacher("/1/4/", null, AssignedOn, Position.Manager)));
    }

    [Fact]
    public void A_path_prefix_is_not_a_sibling_with_a_longer_id()
    {
        var rule = new AssignmentRule("/1/4/", PositionSet.Everyone, SchoolLevelSet.Any, AssignedOn, null, AssignedOn);
        Assert.False(rule.Covers(Teacher("/1/45/", null, AssignedOn)));
    }

    [Fact]
    public void Relative_due_dates_count_from_starting_or_from_the_assignment_for_earlier_starters()
    {
        var rule = new AssignmentRule("/1/", PositionSet.Everyone, SchoolLevelSet.Any, null, 30, AssignedOn);
        Assert.Equal(new DateOnly(2026, 10, 31), rule.DueFor(Teacher("/1/4/", null, new DateOnly(2026, 10, 1))));
        Assert.Equal(new DateOnly(2026, 10, 1), rule.DueFor(Teacher("/1/4/", null, new DateOnly(2019, 8, 26))));
    }

    [Fact]
    public void A_fixed_due_date_is_the_same_for_everyone()
    {
        var rule = new AssignmentRule("/1/", PositionSet.Everyone, SchoolLevelSet.Any, new DateOnly(2026, 11, 30), null, AssignedOn);
        Assert.Equal(new DateOnly(2026, 11, 30), rule.DueFor(Teacher("/1/4/", null, new DateOnly(2026, 11, 1))));
    }
}
