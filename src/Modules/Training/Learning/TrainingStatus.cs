namespace ChildSafety.Training.Learning;

public enum TrainingStatus
{
    NotStarted,
    InProgress,
    Passed,
    ExpiringSoon,
    Overdue,
}
