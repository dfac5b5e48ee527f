namespace ChildSafety.Training.Audit;

/// <summary>What was recorded in one month of the school year: code-of-conduct acceptances and family signatures.</summary>
public sealed record MonthTrend(int Year, int Month, int Acknowledgments, int FamilySignatures);
