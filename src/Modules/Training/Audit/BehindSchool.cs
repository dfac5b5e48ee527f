using ChildSafety.Training.Audit.Indicators;

namespace ChildSafety.Training.Audit;

/// <summary>A school or centre below the target on at least one indicator, and who to ask about it.</summary>
public sealed record BehindSchool(AuditUnit School, IReadOnlyList<(IIndicator Indicator, Fraction Figure)> Behind, IReadOnlyList<SchoolContact> Contacts);
