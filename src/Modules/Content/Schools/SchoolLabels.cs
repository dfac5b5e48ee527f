using ChildSafety.Core.Organizations;

namespace ChildSafety.Content.Schools;

/// <summary>Localizer keys for school levels on the public pages.</summary>
public static class SchoolLabels
{
    public static string Level(SchoolLevel? level) => level switch
    {
        SchoolLevel.Preschool => "Mầm non",
        SchoolLevel.Primary => "Tiểu học",
        SchoolLevel.LowerSecondary => "Trung học cơ sở",
        SchoolLevel.UpperSecondary => "Trung học phổ thông",
        SchoolLevel.MultiLevel => "Nhiều cấp học",
        _ => "Trung tâm",
    };
}
