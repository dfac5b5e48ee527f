namespace ChildSafety.Training.Courses;

/// <summary>A question as the editor fills it in: option texts in order, and the indexes of the correct ones.</summary>
public sealed record QuestionForm(QuestionKind Kind, string? Text, string? Explanation, IReadOnlyList<string?> Options, IReadOnlyCollection<int> Correct)
{
    public const int MaxOptions = 6;
}
