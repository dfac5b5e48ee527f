using ChildSafety.Training.Certificates;

namespace ChildSafety.Training.Learning;

/// <summary>Where a person stands with one course, from their certificate, their due date and what they have done.</summary>
public static class TrainingStatuses
{
    public static TrainingStatus Of(DateTimeOffset? validUntil, DateOnly? dueOn, bool started, DateTimeOffset now, DateOnly today) =>
        validUntil is { } expires && expires > now
            ? Recertification.IsOpen(expires, now) ? TrainingStatus.ExpiringSoon : TrainingStatus.Passed
            : dueOn is { } due && due < today ? TrainingStatus.Overdue
            : started ? TrainingStatus.InProgress
            : TrainingStatus.NotStarted;
}
