using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Curriculum;

public sealed record CoverageRow(Topic Topic, IReadOnlyList<CoverageCell> Cells);
