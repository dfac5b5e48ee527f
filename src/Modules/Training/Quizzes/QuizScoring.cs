using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Scores on the server only: a question counts when the chosen options are exactly its correct ones — for
/// multiple choice, every correct option and no other. The score is the percent of questions right, rounded down,
/// so a pass mark is never reached by rounding.
/// </summary>
public static class QuizScoring
{
    public static bool IsRight(Question question, IReadOnlyCollection<int> selected) =>
        selected.Count > 0 && question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet().SetEquals(selected);

    public static int Score(IReadOnlyList<Question> questions, IReadOnlyDictionary<int, IReadOnlyList<int>> answers)
    {
        if (questions.Count == 0)
        {
            return 0;
        }
        var right = questions.Count(q => answers.TryGetValue(q.Id, out var chosen) && IsRight(q, chosen.ToList()));
        return right * 100 / questions.Count;
    }

    public static bool Passes(int score, int passMark) => score >= passMark;
}
