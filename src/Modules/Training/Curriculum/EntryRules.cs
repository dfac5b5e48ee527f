using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Curriculum;

/// <summary>What makes an integration entry acceptable for a school, the same for the form, the plan file and the demo.</summary>
public sealed class EntryRules(TopicCatalog topics, IStringLocalizer<TrainingText> text, IStringLocalizer<CoreText> coreText)
{
    public const int MaxPeriods = 20;

    /// <summary>The entry with its subject spelled as the programme spells it, or the messages keyed by field.</summary>
    public (EntryInput? Entry, Outcome Outcome) Check(EntryInput input, IReadOnlyList<int> schoolGrades, IReadOnlySet<Guid> staff)
    {
        var outcome = new Outcome();
        var lesson = input.Lesson.Trim();
        string? subject = null;
        if (!schoolGrades.Contains(input.Grade))
        {
            outcome.Add(nameof(input.Grade), Grades.IsValid(input.Grade)
                ? text["Trường không dạy {0}; trường dạy: {1}.", GradeName(input.Grade), string.Join(", ", schoolGrades.Select(GradeName))]
                : text["Hãy chọn khối lớp."]);
        }
        else if ((subject = Subjects.Match(input.Subject, input.Grade)) is null)
        {
            outcome.Add(nameof(input.Subject), string.IsNullOrWhiteSpace(input.Subject)
                ? text["Hãy chọn môn học hoặc hoạt động."]
                : text["“{0}” không phải môn học hay hoạt động của {1}.", input.Subject.Trim(), GradeName(input.Grade)]);
        }
        if (!topics.IsKnown(input.TopicCode))
        {
            outcome.Add(nameof(input.TopicCode), string.IsNullOrWhiteSpace(input.TopicCode)
                ? text["Hãy chọn chủ đề."]
                : text["Chủ đề “{0}” không có trong danh mục.", input.TopicCode]);
        }
        if (lesson.Length == 0)
        {
            outcome.Add(nameof(input.Lesson), text["Hãy nhập tên bài."]);
        }
        else if (lesson.Length > 300)
        {
            outcome.Add(nameof(input.Lesson), text["Tên bài dài quá 300 ký tự."]);
        }
        if (input.Periods is < 1 or > MaxPeriods)
        {
            outcome.Add(nameof(input.Periods), text["Số tiết phải từ 1 đến {0}.", MaxPeriods]);
        }
        if (input.Term is not (1 or 2))
        {
            outcome.Add(nameof(input.Term), text["Học kỳ phải là 1 hoặc 2."]);
        }
        if (input.TeacherId is { } teacher && !staff.Contains(teacher))
        {
            outcome.Add(nameof(input.TeacherId), text["Giáo viên phải là người của trường."]);
        }
        if (!EvidenceLink.IsValid(input.EvidenceUrl))
        {
            outcome.Add(nameof(input.EvidenceUrl), text["Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https:// và dài tối đa 500 ký tự."]);
        }
        return outcome.Succeeded
            ? (input with { Subject = subject!, Lesson = lesson, EvidenceUrl = EvidenceLink.Clean(input.EvidenceUrl) }, outcome)
            : (null, outcome);
    }

    private string GradeName(int grade) => Casing.LowerFirst(Grades.Name(grade, coreText));
}
