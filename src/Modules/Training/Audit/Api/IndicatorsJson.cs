namespace ChildSafety.Training.Audit.Api;

public sealed record IndicatorsJson(IReadOnlyList<IndicatorJson> Indicators);
