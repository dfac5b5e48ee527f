namespace ChildSafety.Training.Audit.Trail;

/// <summary>How many events of one kind a subtree recorded in a period: the activities part of the periodic report.</summary>
public sealed record ActivityCount(string Kind, int Count);
