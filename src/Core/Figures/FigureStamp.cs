namespace ChildSafety.Core.Figures;

/// <summary>
/// How many times the records behind an organization's figures changed; no row is stamp 0. A write moves it in its
/// own transaction, so a figure kept from before the write stops matching the moment the write commits.
/// </summary>
public sealed class FigureStamp
{
    public int OrganizationId { get; init; }

    public long Stamp { get; set; }
}
