namespace ChildSafety.Training.Audit;

/// <summary>
/// What was recorded in one month of the school year: code-of-conduct acceptances, family signatures, training
/// certificates issued and awareness activities held.
/// </summary>
public sealed record MonthTrend(int Year, int Month, int Acknowledgments, int FamilySignatures, int Certificates, int AwarenessActivities);
