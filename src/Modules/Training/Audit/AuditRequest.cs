using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Audit;

/// <summary>An audit question opened for a caller: the answer, and when found, the subtree and period to compute.</summary>
public sealed record AuditRequest(AuditAnswer Answer, CallerScope? Caller = null, AuditTree? Tree = null, AuditPeriod? Period = null)
{
    public bool IsOpen => Answer == AuditAnswer.Open;
}
