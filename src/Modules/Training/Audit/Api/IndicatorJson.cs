namespace ChildSafety.Training.Audit.Api;

public sealed record IndicatorJson(string Key, string Title, int Numerator, int Denominator);
