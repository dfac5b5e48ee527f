using System.Net;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>Deactivating and reactivating through the admin confirmation pages, within the caller's scope only.</summary>
public abstract class ActivationSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_school_administrator_deactivates_a_teacher_after_confirming_and_can_bring_them_back()
    {
        var teacher = await new PersonBuilder(server).CreateAsync();
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.SchoolAdmin);

        var confirmation = await admin.GetAsync($"/admin/people/status/{teacher.Id}");
        Assert.True(confirmation.Shows("Ngừng hoạt động tài khoản của Nguyễn Văn Thử?"));
        Assert.True(await IsActiveAsync(teacher.Id));

        var deactivated = await admin.PostAsync($"/admin/people/status/{teacher.Id}", confirmation.AntiforgeryToken(), []);
        Assert.Equal($"/admin/people/edit/{teacher.Id}", deactivated.Path);
        Assert.True(deactivated.Shows("Đã ngừng hoạt động tài khoản của Nguyễn Văn Thử."));
        Assert.False(await IsActiveAsync(teacher.Id));
        Assert.Equal([AuditKinds.PersonDeactivated], await EventsAboutAsync(teacher.Id));
        using (var signIn = server.CreateClient())
        {
            await signIn.SignInAsync(teacher.Email!, PersonBuilder.DefaultPassword);
            Assert.False(signIn.IsSignedIn);
        }

        var again = await admin.GetAsync($"/admin/people/status/{teacher.Id}");
        await admin.PostAsync($"/admin/people/status/{teacher.Id}", again.AntiforgeryToken(), []);
        Assert.True(await IsActiveAsync(teacher.Id));
        Assert.Equal([AuditKinds.PersonDeactivated, AuditKinds.PersonReactivated], await EventsAboutAsync(teacher.Id));
    }

    [EngineFact]
    public async Task A_person_or_organization_outside_the_callers_scope_has_no_status_page()
    {
        var outsider = await new PersonBuilder(server).In(DemoAccounts.OtherDistrictSchool).CreateAsync();
        var otherSchool = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);

        using var person = await officer.Raw.GetAsync(new Uri($"/admin/people/status/{outsider.Id}", UriKind.Relative));
        using var organization = await officer.Raw.GetAsync(new Uri($"/admin/organizations/status/{otherSchool.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, organization.StatusCode);
        Assert.True(await IsActiveAsync(outsider.Id));
    }

    /// <summary>The status changes the trail recorded about the person, oldest first.</summary>
    private async Task<List<string>> EventsAboutAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.PersonId == personId && (e.Kind == AuditKinds.PersonDeactivated || e.Kind == AuditKinds.PersonReactivated))
            .OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }

    private async Task<bool> IsActiveAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Users.AsNoTracking()
            .Where(p => p.Id == personId).Select(p => p.IsActive).SingleAsync();
    }
}

public sealed class ActivationOnSqlite(SqliteSite server) : ActivationSpecs(server), IClassFixture<SqliteSite>;

public sealed class ActivationOnPostgres(PostgresSite server) : ActivationSpecs(server), IClassFixture<PostgresSite>;
