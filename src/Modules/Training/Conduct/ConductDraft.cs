namespace ChildSafety.Training.Conduct;

/// <summary>What the editor of a draft version submits. For an adaptation, <see cref="Text"/> holds only the additions.</summary>
public sealed record ConductDraft(string Text, DateOnly EffectiveFrom, PositionSet Audience, DateTimeOffset UpdatedAt);
