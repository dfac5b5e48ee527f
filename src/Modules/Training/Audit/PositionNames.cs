using ChildSafety.Core.People;

namespace ChildSafety.Training.Audit;

/// <summary>The <see cref="TrainingText"/> keys of the positions.</summary>
public static class PositionNames
{
    public static string Of(Position position) => position switch
    {
        Position.Manager => "Cán bộ quản lý",
        Position.Teacher => "Giáo viên",
        _ => "Nhân viên",
    };
}
