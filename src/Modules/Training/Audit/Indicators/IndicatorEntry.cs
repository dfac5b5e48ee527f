namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// One line behind a figure: a person and whether they count, or a record that makes a school count.
/// <see cref="Detail"/> is already in the reader's language; <see cref="PersonId"/> links to the person's trail.
/// </summary>
public sealed record IndicatorEntry(string Name, string Detail, bool Counts, DateTimeOffset? At, string? Url = null, Guid? PersonId = null);
