using ChildSafety.Training.Curriculum;

namespace ChildSafety.Training.Tests.Curriculum;

public class CoverageRollupTests
{
    [Fact]
    public void Shares_count_schools_teaching_the_grade_that_planned_and_that_taught_the_topic()
    {
        SchoolGrades[] schools = [new(1, [6, 7, 8, 9]), new(2, [6, 7, 8, 9]), new(3, [1, 2, 3, 4, 5]), new(4, [6, 7, 8, 9, 10, 11, 12])];
        (int, CoverageFact)[] facts =
        [
            (1, new("online-safety", 7, 1, EntryStatus.Taught)),
            (1, new("online-safety", 7, 2, EntryStatus.Planned)),
            (2, new("online-safety", 7, 2, EntryStatus.Planned)),
            (3, new("online-safety", 4, 1, EntryStatus.Taught)),
        ];

        var rollup = CoverageRollup.Build(Taxonomy.Shipped.All, schools, facts);
        var online = rollup.Rows.Single(r => r.Topic.Code == "online-safety");

        Assert.Equal(Enumerable.Range(1, 12), rollup.Grades);
        Assert.Equal(new RollupCell(7, 3, 2, 1), online.Cells.Single(c => c.Grade == 7));
        Assert.Equal(new RollupCell(4, 1, 1, 1), online.Cells.Single(c => c.Grade == 4));
        Assert.Equal(new RollupCell(10, 1, 0, 0), online.Cells.Single(c => c.Grade == 10));
        Assert.Equal((67, 33), (online.Cells.Single(c => c.Grade == 7).PlannedPercent, online.Cells.Single(c => c.Grade == 7).TaughtPercent));
    }
}
