using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Courses;

/// <summary>A set of school levels stored as bits; <see cref="Any"/> (no bit) means no filter on level at all.</summary>
[Flags]
public enum SchoolLevelSet
{
    Any = 0,
    Preschool = 1,
    Primary = 2,
    LowerSecondary = 4,
    UpperSecondary = 8,
    MultiLevel = 16,
}

public static class SchoolLevelSets
{
    public static readonly SchoolLevelSet[] Each = [SchoolLevelSet.Preschool, SchoolLevelSet.Primary, SchoolLevelSet.LowerSecondary, SchoolLevelSet.UpperSecondary, SchoolLevelSet.MultiLevel];

    public static SchoolLevelSet Of(SchoolLevel level) => level switch
    {
        SchoolLevel.Preschool => SchoolLevelSet.Preschool,
        SchoolLevel.Primary => SchoolLevelSet.Primary,
        SchoolLevel.LowerSecondary => SchoolLevelSet.LowerSecondary,
        SchoolLevel.UpperSecondary => SchoolLevelSet.UpperSecondary,
        _ => SchoolLevelSet.MultiLevel,
    };

    /// <summary>
    /// A filtered set admits only schools of those levels; the staff of an office or centre, which teaches no level,
    /// are admitted only when there is no filter.
    /// </summary>
    public static bool Admits(this SchoolLevelSet set, SchoolLevel? level) =>
        set == SchoolLevelSet.Any || level is { } l && (set & Of(l)) != 0;

    public static SchoolLevelSet Combine(IEnumerable<SchoolLevelSet> levels) => levels.Aggregate(SchoolLevelSet.Any, (set, l) => set | l);
}
