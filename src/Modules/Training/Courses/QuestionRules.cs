using ChildSafety.Core;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Courses;

/// <summary>What makes a question answerable: text, at least two options, and the right number of correct ones.</summary>
public static class QuestionRules
{
    public static Outcome Check(QuestionForm form, IReadOnlyList<string> options, IStringLocalizer text)
    {
        var outcome = new Outcome();
        if (!Enum.IsDefined(form.Kind))
        {
            outcome.Add("Kind", text["Loại câu hỏi không hợp lệ."]);
        }
        if (string.IsNullOrWhiteSpace(form.Text) || form.Text.Trim().Length > 2000)
        {
            outcome.Add("Text", text["Hãy nhập câu hỏi (tối đa 2000 ký tự)."]);
        }
        if ((form.Explanation?.Length ?? 0) > 4000)
        {
            outcome.Add("Explanation", text["Lời giải thích dài quá 4000 ký tự."]);
        }
        var filled = options.Select((o, i) => (Text: o, Index: i)).Where(o => o.Text.Length > 0).ToList();
        if (filled.Count < 2 || options.Count > QuestionForm.MaxOptions || filled.Any(o => o.Text.Length > 1000))
        {
            outcome.Add("Options", text["Hãy nhập từ 2 đến 6 phương án trả lời (mỗi phương án tối đa 1000 ký tự)."]);
        }
        var correct = form.Correct.Where(i => filled.Any(o => o.Index == i)).Distinct().Count();
        if (correct != form.Correct.Count || correct == 0 || form.Kind != QuestionKind.MultipleChoice && correct != 1)
        {
            outcome.Add("Correct", form.Kind == QuestionKind.MultipleChoice
                ? text["Hãy đánh dấu ít nhất một phương án đúng trong các phương án đã nhập."]
                : text["Hãy đánh dấu đúng một phương án đúng trong các phương án đã nhập."]);
        }
        return outcome;
    }
}
