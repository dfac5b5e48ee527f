namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// One indicator of the directives, computed for a subtree and a school year. <see cref="Title"/> is a key of
/// <see cref="TrainingText"/>. Implementations count with set-based queries: one query per figure, never one per
/// school or person.
/// </summary>
public interface IIndicator
{
    /// <summary>Stable and URL-safe, e.g. "conduct"; used by the API, the drill-down and the exports.</summary>
    string Key { get; }

    /// <summary>Its number in the list of indicators, which orders the dashboard.</summary>
    int Number { get; }

    string Title { get; }

    /// <summary>What the figures count: schools or people.</summary>
    IndicatorSubject Subject { get; }

    /// <summary>The figures of every organization of the tree that holds any, keyed by organization id.</summary>
    Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken);

    /// <summary>The list behind one organization's figure: its people, or the records that make a school count.</summary>
    Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken);
}
