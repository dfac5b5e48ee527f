using ChildSafety.Training.Learning;

namespace ChildSafety.Training.Assignments;

/// <summary>One person an assignment covers, with their due date and where they stand.</summary>
public sealed record AssignedPerson(Member Member, DateOnly DueOn, TrainingStatus Status);
