using ChildSafety.Training.Courses;
using ChildSafety.Training.Quizzes;

namespace ChildSafety.Training.Tests.Courses;

public class QuizScoringTests
{
    private readonly List<Question> _quiz =
    [
        Questions.Of(1, QuestionKind.SingleChoice, 4, 2),
        Questions.Of(2, QuestionKind.MultipleChoice, 4, 1, 3),
        Questions.Of(3, QuestionKind.TrueFalse, 2, 1),
    ];

    [Fact]
    public void Multiple_choice_counts_only_with_every_correct_option_and_no_other()
    {
        var question = _quiz[1];
        Assert.True(QuizScoring.IsRight(question, [21, 23]));
        Assert.False(QuizScoring.IsRight(question, [21]));
        Assert.False(QuizScoring.IsRight(question, [21, 23, 24]));
        Assert.False(QuizScoring.IsRight(question, []));
    }

    [Fact]
    public void Score_is_the_percent_right_rounded_down_so_rounding_never_passes()
    {
        var answers = new Dictionary<int, IReadOnlyList<int>> { [1] = [12], [2] = [21, 23], [3] = [32] };
        Assert.Equal(66, QuizScoring.Score(_quiz, answers));
        Assert.False(QuizScoring.Passes(66, 67));
        Assert.True(QuizScoring.Passes(80, 80));
    }

    [Fact]
    public void Unanswered_questions_score_nothing()
    {
        Assert.Equal(0, QuizScoring.Score(_quiz, new Dictionary<int, IReadOnlyList<int>>()));
        Assert.Equal(33, QuizScoring.Score(_quiz, new Dictionary<int, IReadOnlyList<int>> { [3] = [31] }));
    }

    [Fact]
    public void An_answer_must_be_options_of_that_question_in_the_right_number()
    {
        Assert.True(AnswerCheck.IsAcceptable(_quiz[0], [12]));
        Assert.False(AnswerCheck.IsAcceptable(_quiz[0], [11, 12]));
        Assert.False(AnswerCheck.IsAcceptable(_quiz[0], [21]));
        Assert.False(AnswerCheck.IsAcceptable(_quiz[1], [21, 21]));
        Assert.True(AnswerCheck.IsAcceptable(_quiz[1], [21, 22, 23]));
        Assert.False(AnswerCheck.IsAcceptable(_quiz[2], []));
    }
}
