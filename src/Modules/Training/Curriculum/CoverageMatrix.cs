using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// A school's topic × grade picture for a school year, and its gaps. A cell is taught when any lesson of the topic
/// was taught in that grade, planned when one is only planned. A gap is a topic suggested for a grade the school
/// teaches with no lesson at all — and for online safety, which the directives want taught every term, a term
/// without one.
/// </summary>
public sealed record CoverageMatrix(IReadOnlyList<int> Grades, IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps)
{
    public const string EveryTermTopic = "online-safety";

    public static IReadOnlyList<int> Terms { get; } = [1, 2];

    public static CoverageMatrix Build(IReadOnlyList<Topic> topics, IReadOnlyList<int> grades, IReadOnlyCollection<CoverageFact> facts)
    {
        var byCell = facts.ToLookup(f => (f.TopicCode, f.Grade));
        var rows = topics.Select(topic => new CoverageRow(topic, [.. grades.Select(grade =>
        {
            var cell = byCell[(topic.Code, grade)].ToList();
            var status = cell.Count == 0 ? CoverageStatus.None
                : cell.Any(f => f.Status == EntryStatus.Taught) ? CoverageStatus.Taught : CoverageStatus.Planned;
            return new CoverageCell(grade, status, cell.Count);
        })])).ToList();
        return new CoverageMatrix(grades, rows, FindGaps(topics, grades, byCell));
    }

    /// <summary>The grades left without the every-term topic in <paramref name="term"/>.</summary>
    public IEnumerable<CoverageGap> EveryTermGaps(int term) => Gaps.Where(g => g.TopicCode == EveryTermTopic && g.Term == term);

    public CoverageCell Cell(string topicCode, int grade) =>
        Rows.Single(r => r.Topic.Code == topicCode).Cells.Single(c => c.Grade == grade);

    private static List<CoverageGap> FindGaps(IReadOnlyList<Topic> topics, IReadOnlyList<int> grades, ILookup<(string, int), CoverageFact> byCell)
    {
        var gaps = new List<CoverageGap>();
        foreach (var topic in topics)
        {
            foreach (var grade in grades.Where(g => topic.SuggestedGrades.Contains(g)))
            {
                var cell = byCell[(topic.Code, grade)];
                if (topic.Code == EveryTermTopic)
                {
                    gaps.AddRange(Terms.Where(term => !cell.Any(f => f.Term == term)).Select(term => new CoverageGap(topic.Code, grade, term)));
                }
                else if (!cell.Any())
                {
                    gaps.Add(new CoverageGap(topic.Code, grade, null));
                }
            }
        }
        return gaps;
    }
}
