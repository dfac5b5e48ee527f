namespace ChildSafety.Training.Quizzes;

/// <summary>
/// A question as one attempt shows it: its place in the shuffled order, its options in their shuffled order, and
/// the answer saved the moment it was given, so an interrupted attempt resumes exactly where it stopped.
/// </summary>
public sealed class AttemptQuestion
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    /// <summary>1, 2, 3… in the order this attempt shows the questions.</summary>
    public int Order { get; set; }

    public int QuestionId { get; set; }

    /// <summary>Option ids in the order this attempt shows them, comma-separated.</summary>
    public string OptionOrder { get; set; } = "";

    /// <summary>The chosen option ids, comma-separated; null while unanswered.</summary>
    public string? Selected { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public IReadOnlyList<int> OptionIds => IdList.Parse(OptionOrder);

    public IReadOnlyList<int> SelectedIds => IdList.Parse(Selected);
}
