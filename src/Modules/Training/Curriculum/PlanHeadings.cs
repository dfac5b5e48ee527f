using System.Collections.Frozen;

namespace ChildSafety.Training.Curriculum;

/// <summary>The template's headings (also localizer keys) and the other spellings a plan file may use.</summary>
public static class PlanHeadings
{
    public static IReadOnlyList<PlanColumn> Required { get; } =
        [PlanColumn.Grade, PlanColumn.Subject, PlanColumn.Topic, PlanColumn.Lesson, PlanColumn.Term];

    public static IReadOnlyList<PlanColumn> All { get; } = Enum.GetValues<PlanColumn>();

    public static FrozenDictionary<string, PlanColumn> Aliases { get; } = new Dictionary<string, PlanColumn>
    {
        ["khoilop"] = PlanColumn.Grade,
        ["khoi"] = PlanColumn.Grade,
        ["lop"] = PlanColumn.Grade,
        ["grade"] = PlanColumn.Grade,
        ["monhochoachoatdong"] = PlanColumn.Subject,
        ["monhoc"] = PlanColumn.Subject,
        ["hoatdong"] = PlanColumn.Subject,
        ["subject"] = PlanColumn.Subject,
        ["subjectoractivity"] = PlanColumn.Subject,
        ["chude"] = PlanColumn.Topic,
        ["machude"] = PlanColumn.Topic,
        ["topic"] = PlanColumn.Topic,
        ["tenbai"] = PlanColumn.Lesson,
        ["baihoc"] = PlanColumn.Lesson,
        ["lesson"] = PlanColumn.Lesson,
        ["sotiet"] = PlanColumn.Periods,
        ["periods"] = PlanColumn.Periods,
        ["hocky"] = PlanColumn.Term,
        ["hocki"] = PlanColumn.Term,
        ["term"] = PlanColumn.Term,
        ["trangthai"] = PlanColumn.Status,
        ["status"] = PlanColumn.Status,
        ["emailgiaovien"] = PlanColumn.TeacherEmail,
        ["giaovien"] = PlanColumn.TeacherEmail,
        ["teacher"] = PlanColumn.TeacherEmail,
        ["teacheremail"] = PlanColumn.TeacherEmail,
        ["minhchung"] = PlanColumn.EvidenceUrl,
        ["duongdanminhchung"] = PlanColumn.EvidenceUrl,
        ["evidence"] = PlanColumn.EvidenceUrl,
    }.ToFrozenDictionary();

    public static string Heading(PlanColumn column) => column switch
    {
        PlanColumn.Grade => "Khối lớp",
        PlanColumn.Subject => "Môn học hoặc hoạt động",
        PlanColumn.Topic => "Chủ đề",
        PlanColumn.Lesson => "Tên bài",
        PlanColumn.Periods => "Số tiết",
        PlanColumn.Term => "Học kỳ",
        PlanColumn.Status => "Trạng thái",
        PlanColumn.TeacherEmail => "Email giáo viên",
        _ => "Đường dẫn minh chứng",
    };
}
