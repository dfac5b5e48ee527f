using ChildSafety.Core.People;

namespace ChildSafety.Training.Conduct;

public sealed record ConductReportRow(
    Guid PersonId,
    string FullName,
    string Email,
    int OrganizationId,
    string Organization,
    Position Position,
    AcknowledgmentDecision? Answer,
    AcknowledgmentMethod? Method,
    DateTimeOffset? At,
    long? AcknowledgmentId);
