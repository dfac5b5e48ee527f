using ChildSafety.Core.People;

namespace ChildSafety.Training.Conduct;

/// <summary>A set of positions stored as bits: managers 1, teachers 2, other staff 4.</summary>
[Flags]
public enum PositionSet
{
    None = 0,
    Managers = 1,
    Teachers = 2,
    Staff = 4,
    Everyone = Managers | Teachers | Staff,
}

public static class PositionSets
{
    public static PositionSet Of(Position position) => position switch
    {
        Position.Manager => PositionSet.Managers,
        Position.Teacher => PositionSet.Teachers,
        _ => PositionSet.Staff,
    };

    public static bool Contains(this PositionSet set, Position position) => (set & Of(position)) != 0;
}
