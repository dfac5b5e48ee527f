namespace ChildSafety.Training.Audit.Indicators;

public sealed record ComputedIndicator(IIndicator Indicator, IndicatorFigures Figures);
