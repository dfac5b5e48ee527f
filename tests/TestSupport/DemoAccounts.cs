namespace ChildSafety.TestSupport;

/// <summary>The demo people from content/organizations.yml, loaded with <c>Site:Demo=true</c>.</summary>
public static class DemoAccounts
{
    public const string Password = "ChildSafety!2026";
    public const string Administrator = "admin@demo.edu.vn";
    public const string ProvinceOfficer = "province@demo.edu.vn";
    public const string DistrictOfficer = "district@demo.edu.vn";
    public const string SchoolAdmin = "school@demo.edu.vn";
    public const string Teacher = "teacher@demo.edu.vn";
    public const string Editor = "editor@demo.edu.vn";

    /// <summary>The district office district@ works for, and a school in it.</summary>
    public const string District = "PGD-HA";
    public const string School = "THCS-LQD";

    /// <summary>Another district of the same province, and a school in it.</summary>
    public const string OtherDistrict = "PGD-TPBM";
    public const string OtherDistrictSchool = "THCS-CVA";
}
