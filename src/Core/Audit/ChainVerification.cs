namespace ChildSafety.Core.Audit;

/// <summary>The result of walking the chain: how many events were checked and the first one that does not fit.</summary>
public sealed record ChainVerification(long Checked, long? FirstBrokenId)
{
    public bool IsIntact => FirstBrokenId is null;
}
