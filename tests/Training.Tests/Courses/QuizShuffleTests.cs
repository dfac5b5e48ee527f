using ChildSafety.Training.Courses;
using ChildSafety.Training.Quizzes;

namespace ChildSafety.Training.Tests.Courses;

public class QuizShuffleTests
{
    private readonly List<Question> _quiz = Enumerable.Range(1, 8).Select(id => Questions.Of(id, QuestionKind.SingleChoice, 5, 1))
        .Append(Questions.Of(9, QuestionKind.TrueFalse, 2, 2)).ToList();

    [Fact]
    public void Every_question_and_option_is_dealt_once_numbered_from_one()
    {
        var dealt = QuizShuffle.Deal(_quiz, new Random(7));

        Assert.Equal(Enumerable.Range(1, 9), dealt.Select(q => q.Order));
        Assert.Equal(_quiz.Select(q => q.Id).Order(), dealt.Select(q => q.QuestionId).Order());
        foreach (var row in dealt)
        {
            Assert.Equal(_quiz.Single(q => q.Id == row.QuestionId).Options.Select(o => o.Id).Order(), row.OptionIds.Order());
        }
    }

    [Fact]
    public void Attempts_get_different_orders_of_questions_and_options()
    {
        var first = QuizShuffle.Deal(_quiz, new Random(1));
        var second = QuizShuffle.Deal(_quiz, new Random(2));

        Assert.NotEqual(first.Select(q => q.QuestionId), second.Select(q => q.QuestionId));
        Assert.Contains(first, row => row.OptionOrder != second.Single(s => s.QuestionId == row.QuestionId).OptionOrder);
    }

    [Fact]
    public void True_or_false_keeps_its_options_in_order()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Equal("91,92", QuizShuffle.Deal(_quiz, new Random(seed)).Single(q => q.QuestionId == 9).OptionOrder);
        }
    }
}
