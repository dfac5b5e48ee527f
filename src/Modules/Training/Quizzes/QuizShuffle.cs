using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Quizzes;

/// <summary>Deals a new attempt its own order of questions and of each question's options.</summary>
public static class QuizShuffle
{
    public static List<AttemptQuestion> Deal(IEnumerable<Question> questions, Random random)
    {
        var shuffled = questions.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Select((question, index) =>
        {
            var options = question.Options.Select(o => o.Id).ToArray();
            // True/false reads oddly as "Sai, Đúng"; only real choices are shuffled.
            if (question.Kind != QuestionKind.TrueFalse)
            {
                random.Shuffle(options);
            }
            return new AttemptQuestion { Order = index + 1, QuestionId = question.Id, OptionOrder = IdList.Format(options) };
        }).ToList();
    }
}
