using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Quizzes;

/// <summary>Whether a submitted answer can be saved at all: options of this question only, and the right number of them.</summary>
public static class AnswerCheck
{
    public static bool IsAcceptable(Question question, IReadOnlyCollection<int> selected)
    {
        if (selected.Count == 0 || selected.Distinct().Count() != selected.Count)
        {
            return false;
        }
        var own = question.Options.Select(o => o.Id).ToHashSet();
        return selected.All(own.Contains) && (!question.TakesOneAnswer || selected.Count == 1);
    }
}
