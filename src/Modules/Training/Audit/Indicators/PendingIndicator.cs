namespace ChildSafety.Training.Audit.Indicators;

/// <summary>An indicator of the directives whose records the platform does not hold yet: shown without a figure.</summary>
public sealed record PendingIndicator(int Number, string Key, string Title);
