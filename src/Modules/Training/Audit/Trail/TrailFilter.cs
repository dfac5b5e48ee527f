namespace ChildSafety.Training.Audit.Trail;

/// <summary>Narrows a trail to one person (as subject or actor), one kind, and a range of Vietnamese days.</summary>
public sealed record TrailFilter(Guid? PersonId, string? Kind, DateOnly? From, DateOnly? To);
