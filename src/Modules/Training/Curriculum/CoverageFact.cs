namespace ChildSafety.Training.Curriculum;

/// <summary>What the coverage rules need of an integration entry.</summary>
public readonly record struct CoverageFact(string TopicCode, int Grade, int Term, EntryStatus Status);
