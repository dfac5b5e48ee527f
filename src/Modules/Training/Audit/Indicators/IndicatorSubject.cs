namespace ChildSafety.Training.Audit.Indicators;

public enum IndicatorSubject
{
    Schools,
    People,
}
