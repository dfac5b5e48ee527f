using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// An office's view: per topic and grade, the share of its schools teaching that grade which planned a lesson of the
/// topic (planned or already taught) and the share which taught one.
/// </summary>
public sealed record CoverageRollup(IReadOnlyList<int> Grades, IReadOnlyList<RollupRow> Rows)
{
    public static CoverageRollup Build(IReadOnlyList<Topic> topics, IReadOnlyList<SchoolGrades> schools, IEnumerable<(int SchoolId, CoverageFact Fact)> facts)
    {
        var grades = schools.SelectMany(s => s.Grades).Distinct().Order().ToList();
        var statuses = facts
            .GroupBy(f => (f.Fact.TopicCode, f.Fact.Grade, f.SchoolId))
            .ToDictionary(g => g.Key, g => g.Any(f => f.Fact.Status == EntryStatus.Taught));
        var rows = topics.Select(topic => new RollupRow(topic, [.. grades.Select(grade =>
        {
            var teaching = schools.Where(s => s.Grades.Contains(grade)).ToList();
            var planned = teaching.Count(s => statuses.ContainsKey((topic.Code, grade, s.SchoolId)));
            var taught = teaching.Count(s => statuses.TryGetValue((topic.Code, grade, s.SchoolId), out var t) && t);
            return new RollupCell(grade, teaching.Count, planned, taught);
        })])).ToList();
        return new CoverageRollup(grades, rows);
    }
}
