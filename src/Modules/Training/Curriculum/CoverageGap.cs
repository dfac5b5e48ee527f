namespace ChildSafety.Training.Curriculum;

/// <summary>A topic suggested for a grade with no lesson planned: in the whole year, or in one <see cref="Term"/>.</summary>
public sealed record CoverageGap(string TopicCode, int Grade, int? Term);
