using ChildSafety.Core.People;

namespace ChildSafety.Training.Conduct;

/// <summary>Narrows a report to one organization's subtree, one position, or one answer ("pending" is no answer yet).</summary>
public sealed record ConductReportFilter(int? OrganizationId, Position? Position, string? Status);
