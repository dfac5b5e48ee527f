namespace ChildSafety.Core.Figures;

/// <summary>
/// One organization's own figure of one indicator for a school year as of a day, as it was computed; valid while
/// <see cref="Stamp"/> equals the organization's <see cref="FigureStamp"/>. 0/0 means computed, no figure: a missing
/// row means not computed yet.
/// </summary>
public sealed class KeptFigure
{
    public required string Indicator { get; init; }

    public required string SchoolYear { get; init; }

    public DateOnly AsOf { get; init; }

    public int OrganizationId { get; init; }

    public long Stamp { get; init; }

    public int Numerator { get; init; }

    public int Denominator { get; init; }
}
