using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Quizzes;

/// <summary>A question of an attempt with its options in the order this attempt shows them.</summary>
public sealed record SheetQuestion(AttemptQuestion Row, Question Question, IReadOnlyList<QuestionOption> Options)
{
    public bool IsSelected(int optionId) => Row.SelectedIds.Contains(optionId);

    public bool IsRight => QuizScoring.IsRight(Question, Row.SelectedIds.ToList());
}
