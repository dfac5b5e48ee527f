namespace ChildSafety.Training.Assignments;

/// <summary>Of the people an assignment covers today: how many, how many hold a valid certificate, how many are overdue.</summary>
public sealed record AssignmentCounts(int Covered, int Passed, int Overdue);
