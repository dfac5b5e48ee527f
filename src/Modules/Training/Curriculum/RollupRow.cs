using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Curriculum;

public sealed record RollupRow(Topic Topic, IReadOnlyList<RollupCell> Cells);
