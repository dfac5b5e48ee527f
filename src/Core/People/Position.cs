namespace ChildSafety.Core.People;

/// <summary>cán bộ quản lý, giáo viên, nhân viên.</summary>
public enum Position
{
    Manager = 0,
    Teacher = 1,
    Staff = 2,
}
