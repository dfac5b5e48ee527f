using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Learning;

namespace ChildSafety.Training.Pages.Admin.Assignments;

/// <summary>The <see cref="TrainingText"/> keys of the choices on the assignment pages.</summary>
public static class AssignmentLabels
{
    public static IReadOnlyList<PositionSet> Positions { get; } = [PositionSet.Managers, PositionSet.Teachers, PositionSet.Staff];

    public static string Position(PositionSet position) => position switch
    {
        PositionSet.Managers => "Cán bộ quản lý",
        PositionSet.Teachers => "Giáo viên",
        _ => "Nhân viên",
    };

    public static string Level(SchoolLevelSet level) => level switch
    {
        SchoolLevelSet.Preschool => "Mầm non",
        SchoolLevelSet.Primary => "Tiểu học",
        SchoolLevelSet.LowerSecondary => "Trung học cơ sở",
        SchoolLevelSet.UpperSecondary => "Trung học phổ thông",
        _ => "Nhiều cấp học",
    };

    public static string Status(TrainingStatus status) => status switch
    {
        TrainingStatus.Passed => "Đã đạt",
        TrainingStatus.ExpiringSoon => "Sắp hết hạn",
        TrainingStatus.Overdue => "Quá hạn",
        TrainingStatus.InProgress => "Đang học",
        _ => "Chưa bắt đầu",
    };
}
