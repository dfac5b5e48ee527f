using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Admin;

/// <summary>The words people see for the platform's enumerations, in their language.</summary>
public sealed class Labels(IStringLocalizer<SiteText> text)
{
    public string Position(Position position) => position switch
    {
        Core.People.Position.Manager => text["Cán bộ quản lý"],
        Core.People.Position.Teacher => text["Giáo viên"],
        _ => text["Nhân viên"],
    };

    public string Role(string role) => role switch
    {
        Roles.Staff => text["Cán bộ, giáo viên, nhân viên"],
        Roles.SchoolAdmin => text["Quản trị nhà trường"],
        Roles.DistrictOfficer => text["Chuyên viên Phòng GD&ĐT"],
        Roles.ProvinceOfficer => text["Chuyên viên Sở GD&ĐT"],
        Roles.Editor => text["Biên tập viên"],
        Roles.Administrator => text["Quản trị hệ thống"],
        _ => role,
    };

    public string Kind(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Province => text["Sở GD&ĐT"],
        OrganizationKind.District => text["Phòng GD&ĐT"],
        OrganizationKind.School => text["Trường"],
        _ => text["Trung tâm"],
    };

    public string Level(SchoolLevel level) => level switch
    {
        SchoolLevel.Preschool => text["Mầm non"],
        SchoolLevel.Primary => text["Tiểu học"],
        SchoolLevel.LowerSecondary => text["THCS"],
        SchoolLevel.UpperSecondary => text["THPT"],
        _ => text["Nhiều cấp"],
    };

    public string KindAndLevel(OrganizationKind kind, SchoolLevel? level) =>
        level is { } l ? $"{Kind(kind)} {Level(l)}" : Kind(kind);
}
