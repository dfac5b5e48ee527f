using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Curriculum;

/// <summary>The Vietnamese names (localizer keys) of the curriculum's enumerations.</summary>
public static class CurriculumLabels
{
    public static string Status(EntryStatus status) => status == EntryStatus.Taught ? "Đã dạy" : "Kế hoạch";

    public static string Coverage(CoverageStatus status) => status switch
    {
        CoverageStatus.Taught => "Đã dạy",
        CoverageStatus.Planned => "Kế hoạch",
        _ => "Chưa có",
    };

    public static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.Assembly => "Chào cờ, sinh hoạt dưới cờ",
        ActivityKind.ClassSession => "Sinh hoạt lớp",
        ActivityKind.ParentsMeeting => "Họp cha mẹ học sinh",
        ActivityKind.Contest => "Cuộc thi",
        ActivityKind.PosterCampaign => "Tranh cổ động, áp phích",
        _ => "Tập huấn cán bộ, giáo viên",
    };

    public static string Audience(ActivityAudience audience) => audience switch
    {
        ActivityAudience.Pupils => "Học sinh",
        ActivityAudience.Staff => "Cán bộ, giáo viên",
        _ => "Cha mẹ học sinh",
    };

    public static IReadOnlyList<ActivityAudience> Audiences { get; } = [ActivityAudience.Pupils, ActivityAudience.Staff, ActivityAudience.Parents];

    public static string Level(SchoolLevel level) => level switch
    {
        SchoolLevel.Preschool => "Mầm non",
        SchoolLevel.Primary => "Tiểu học",
        SchoolLevel.LowerSecondary => "Trung học cơ sở",
        _ => "Trung học phổ thông",
    };
}
