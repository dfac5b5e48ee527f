using ChildSafety.Core.Organizations;
using ChildSafety.Training.Curriculum;

namespace ChildSafety.Training.Tests.Curriculum;

public class CoverageMatrixTests
{
    private static readonly IReadOnlyList<int> LowerSecondary = Grades.TaughtBy(OrganizationKind.School, SchoolLevel.LowerSecondary);

    private static CoverageMatrix Build(params CoverageFact[] facts) => CoverageMatrix.Build(Taxonomy.Shipped.All, LowerSecondary, facts);

    [Fact]
    public void A_cell_is_taught_when_any_lesson_was_taught_planned_when_only_planned_and_none_without_lessons()
    {
        var matrix = Build(
            new("drugs", 8, 1, EntryStatus.Planned),
            new("drugs", 8, 2, EntryStatus.Taught),
            new("drugs", 9, 1, EntryStatus.Planned));

        Assert.Equal((CoverageStatus.Taught, 2), (matrix.Cell("drugs", 8).Status, matrix.Cell("drugs", 8).Entries));
        Assert.Equal(CoverageStatus.Planned, matrix.Cell("drugs", 9).Status);
        Assert.Equal(CoverageStatus.None, matrix.Cell("drugs", 6).Status);
        Assert.Equal([6, 7, 8, 9], matrix.Grades);
        Assert.Equal(9, matrix.Rows.Count);
    }

    [Fact]
    public void Online_safety_must_have_a_lesson_in_every_term_of_every_suggested_grade()
    {
        var matrix = Build(
            new("online-safety", 6, 1, EntryStatus.Taught),
            new("online-safety", 6, 2, EntryStatus.Planned),
            new("online-safety", 7, 2, EntryStatus.Planned));

        var gaps = matrix.Gaps.Where(g => g.TopicCode == "online-safety").ToList();

        Assert.DoesNotContain(gaps, g => g.Grade == 6);
        Assert.Equal([new CoverageGap("online-safety", 7, 1)], gaps.Where(g => g.Grade == 7));
        Assert.Equal([new CoverageGap("online-safety", 8, 1), new CoverageGap("online-safety", 8, 2)], gaps.Where(g => g.Grade == 8));
    }

    [Fact]
    public void Other_topics_need_one_lesson_in_the_year_and_only_in_the_grades_they_are_suggested_for()
    {
        var matrix = Build(new CoverageFact("children-rights", 9, 2, EntryStatus.Planned));

        var rights = matrix.Gaps.Where(g => g.TopicCode == "children-rights").Select(g => (g.Grade, g.Term)).ToList();
        var selfProtection = matrix.Gaps.Where(g => g.TopicCode == "self-protection").Select(g => g.Grade).ToList();

        Assert.Equal([(6, (int?)null), (7, null), (8, null)], rights);
        Assert.Equal([6, 7, 8, 9], selfProtection);
        Assert.DoesNotContain(matrix.Gaps, g => g.Grade > 9);
    }

    [Fact]
    public void A_preschool_is_judged_on_its_age_groups_only()
    {
        var preschool = Grades.TaughtBy(OrganizationKind.School, SchoolLevel.Preschool);

        var matrix = CoverageMatrix.Build(Taxonomy.Shipped.All, preschool, [new("self-protection", Grades.Nursery, 1, EntryStatus.Taught)]);

        Assert.Equal([-3, -2, -1, 0], matrix.Grades);
        Assert.DoesNotContain(matrix.Gaps, g => g.TopicCode == "online-safety" || g.TopicCode == "drugs");
        Assert.Contains(new CoverageGap("self-protection", -2, null), matrix.Gaps);
        Assert.DoesNotContain(new CoverageGap("self-protection", Grades.Nursery, null), matrix.Gaps);
    }
}
