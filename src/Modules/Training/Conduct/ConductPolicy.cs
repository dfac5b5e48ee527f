namespace ChildSafety.Training.Conduct;

/// <summary>
/// A code of conduct owned by an organization: the province's template, or a district's or school's adaptation of
/// it (<see cref="TemplateId"/>) that adds its own rules. People follow the nearest policy up their organization tree.
/// </summary>
public sealed class ConductPolicy
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Title { get; set; }

    /// <summary>The policy this one adapts, usually the province's template.</summary>
    public int? TemplateId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ConductVersion> Versions { get; set; } = [];
}
