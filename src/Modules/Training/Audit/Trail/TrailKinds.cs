using ChildSafety.Core.Audit;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Audit.Trail;

/// <summary>The <see cref="TrainingText"/> keys naming the kinds of event the trail holds; an unknown kind shows as stored.</summary>
public static class TrailKinds
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [ConductAuditKinds.Acknowledged] = "Xác nhận quy tắc ứng xử",
        [ConductAuditKinds.Declined] = "Chưa đồng ý quy tắc ứng xử",
        [ConductAuditKinds.RecordedOnPaper] = "Ghi nhận xác nhận trên giấy",
        [ConductAuditKinds.VersionPublished] = "Ban hành quy tắc ứng xử",
        [CourseAuditKinds.AttemptsGranted] = "Cấp thêm lượt làm bài",
        [FamilyCommitments.SignedAuditKind] = "Gia đình ký cam kết",
        [CourseAuditKinds.Completed] = "Nộp bài kiểm tra khoá học",
        [CourseAuditKinds.CertificateIssued] = "Cấp chứng nhận",
        [CourseAuditKinds.CertificateRevoked] = "Thu hồi chứng nhận",
        [CourseAuditKinds.VersionPublished] = "Ban hành khoá học",
        [ContentAuditKinds.Published] = "Xuất bản nội dung",
        [ContentAuditKinds.ScheduledPublished] = "Xuất bản nội dung theo lịch hẹn",
        [ContentAuditKinds.Unpublished] = "Gỡ nội dung khỏi trang công khai",
        [ContentAuditKinds.Archived] = "Lưu trữ nội dung",
        [ContentAuditKinds.VersionRestored] = "Khôi phục phiên bản nội dung",
        [AuditKinds.RoleGranted] = "Cấp vai trò",
        [AuditKinds.RoleRevoked] = "Thu hồi vai trò",
        [AuditKinds.PersonDeactivated] = "Ngừng hoạt động tài khoản",
        [AuditKinds.PersonReactivated] = "Kích hoạt lại tài khoản",
        [AuditKinds.PersonErased] = "Xoá dữ liệu cá nhân",
    };

    public static string NameOf(string kind) => Names.GetValueOrDefault(kind, kind);
}
