namespace ChildSafety.Training.Audit;

/// <summary>A report due on <see cref="Due"/>; <see cref="Title"/> is a <see cref="TrainingText"/> key; <see cref="Period"/> is the printable report, when there is one.</summary>
public sealed record ReportDeadline(ReportPeriod? Period, string Title, DateOnly Due)
{
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;
}
