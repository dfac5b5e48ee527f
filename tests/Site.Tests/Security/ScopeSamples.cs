using ChildSafety.Core.Data;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// Records of the demo province on either side of the district officer's and the school administrator's scope:
/// "in" belongs to their school (THCS Lê Quý Đôn, in PGD-HA), "out" to a school of the other district; the
/// assignment "in" is made by the district PGD-HA.
/// </summary>
public sealed record ScopeSamples(
    Guid PersonIn,
    Guid PersonOut,
    int OrganizationIn,
    int OrganizationOut,
    int ConductVersionIn,
    int ConductVersionOut,
    Guid CurriculumEntryIn,
    Guid CurriculumEntryOut,
    Guid AwarenessActivityIn,
    Guid AwarenessActivityOut,
    int AssignmentIn,
    int AssignmentOut)
{
    public static async Task<ScopeSamples> LoadAsync(SiteServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var training = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var otherSchool = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);
        var province = await core.Organizations.SingleAsync(o => o.ParentId == null);
        var teacherEmail = DemoAccounts.Teacher.ToUpperInvariant();
        var teacher = await core.Users.SingleAsync(p => p.NormalizedEmail == teacherEmail);
        var outsider = await core.Users.Where(p => p.OrganizationId == otherSchool.Id).OrderBy(p => p.Email).FirstAsync();
        return new ScopeSamples(
            teacher.Id,
            outsider.Id,
            school.Id,
            otherSchool.Id,
            await LatestVersionAsync(training, school.Id),
            await LatestVersionAsync(training, province.Id),
            await training.IntegrationEntries.Where(e => e.OrganizationId == school.Id).Select(e => e.Id).FirstAsync(),
            await training.IntegrationEntries.Where(e => e.OrganizationId == otherSchool.Id).Select(e => e.Id).FirstAsync(),
            await training.AwarenessActivities.Where(a => a.OrganizationId == school.Id).Select(a => a.Id).FirstAsync(),
            await training.AwarenessActivities.Where(a => a.OrganizationId == otherSchool.Id).Select(a => a.Id).FirstAsync(),
            await training.Assignments.Where(a => a.OrganizationId == school.ParentId).Select(a => a.Id).FirstAsync(),
            await training.Assignments.Where(a => a.OrganizationId == otherSchool.Id).Select(a => a.Id).FirstAsync());
    }

    private static Task<int> LatestVersionAsync(TrainingDbContext training, int organizationId) =>
        training.ConductVersions.Where(v => v.Policy!.OrganizationId == organizationId).MaxAsync(v => v.Id);
}
