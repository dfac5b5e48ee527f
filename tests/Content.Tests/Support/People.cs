using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;

namespace ChildSafety.Content.Tests.Support;

/// <summary>Callers in a small tree: province /1/, district /1/4/, school /1/4/17/, another school /1/4/18/.</summary>
public static class People
{
    public static CallerScope ProvinceEditor { get; } = new(Guid.NewGuid(), 1, "/1/", [Roles.Editor]);

    public static CallerScope SchoolAdmin { get; } = new(Guid.NewGuid(), 17, "/1/4/17/", [Roles.SchoolAdmin]);

    public static CallerScope OtherSchoolAdmin { get; } = new(Guid.NewGuid(), 18, "/1/4/18/", [Roles.SchoolAdmin]);

    public static CallerScope Staff { get; } = new(Guid.NewGuid(), 17, "/1/4/17/", [Roles.Staff]);
}
