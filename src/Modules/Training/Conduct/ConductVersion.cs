using ChildSafety.Core.People;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// One version of a policy. A draft can be edited; publishing fixes its text and records the SHA-256 of it, and
/// from then on the version never changes — a correction is a new version, which everyone acknowledges again.
/// </summary>
public sealed class ConductVersion
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public ConductPolicy? Policy { get; set; }

    public int Number { get; set; }

    /// <summary>The Markdown people read and accept; for an adaptation, the template's text followed by the additions.</summary>
    public required string Text { get; set; }

    /// <summary>An adaptation's own rules, kept apart so a new template version can be combined with them again.</summary>
    public string? Additions { get; set; }

    /// <summary>The template version an adaptation's text was built from.</summary>
    public int? TemplateVersionId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Which positions must acknowledge it.</summary>
    public PositionSet Audience { get; set; } = PositionSet.Everyone;

    public ConductVersionState State { get; set; }

    public string? ContentHash { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Covers(Position position) => Audience.Contains(position);
}
