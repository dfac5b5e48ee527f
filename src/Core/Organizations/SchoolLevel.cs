namespace ChildSafety.Core.Organizations;

/// <summary>The level a school teaches: MN, TH, THCS, THPT, or several (trường nhiều cấp).</summary>
public enum SchoolLevel
{
    Preschool = 0,
    Primary = 1,
    LowerSecondary = 2,
    UpperSecondary = 3,
    MultiLevel = 4,
}
