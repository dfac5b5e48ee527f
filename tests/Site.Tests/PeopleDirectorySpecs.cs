using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>Who may create whom, through the running site's <see cref="PeopleDirectory"/> and database.</summary>
public abstract class PeopleDirectorySpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_district_officer_creates_people_in_their_district_but_not_in_another()
    {
        var officer = await server.ScopeOfAsync(DemoAccounts.DistrictOfficer);
        var ownSchool = await server.OrganizationAsync(DemoAccounts.School);
        var otherSchool = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);
        var outsider = NewEmail();

        var inOwnDistrict = await CreateAsync(Draft(NewEmail(), ownSchool), officer);
        var inOtherDistrict = await CreateAsync(Draft(outsider, otherSchool), officer);

        Assert.True(inOwnDistrict.Succeeded);
        Assert.False(inOtherDistrict.Succeeded);
        Assert.Contains(inOtherDistrict.Errors, e => e.Key == nameof(PersonDraft.OrganizationId));
        Assert.Equal(0, await CountPeopleAsync(outsider));
    }

    [EngineFact]
    public async Task An_email_already_in_use_is_refused_whatever_its_case()
    {
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        var school = await server.OrganizationAsync(DemoAccounts.School);

        var outcome = await CreateAsync(Draft(DemoAccounts.Teacher.ToUpperInvariant(), school), administrator);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Key == nameof(PersonDraft.Email));
        Assert.Equal(1, await CountPeopleAsync(DemoAccounts.Teacher));
    }

    private static string NewEmail() => $"new-{Guid.NewGuid():N}"[..16] + "@test.edu.vn";

    private static PersonDraft Draft(string email, Organization organization) =>
        new("Trần Văn Mới", email, organization.Id, Position.Teacher, new DateOnly(2025, 9, 5), [Roles.Staff]);

    private async Task<Outcome> CreateAsync(PersonDraft draft, CallerScope caller)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var (outcome, _) = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateAsync(draft, caller, CancellationToken.None);
        return outcome;
    }

    private async Task<int> CountPeopleAsync(string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Users.CountAsync(p => p.NormalizedEmail == normalized);
    }
}

public sealed class PeopleDirectoryOnSqlite(SqliteSite server) : PeopleDirectorySpecs(server), IClassFixture<SqliteSite>;

public sealed class PeopleDirectoryOnPostgres(PostgresSite server) : PeopleDirectorySpecs(server), IClassFixture<PostgresSite>;
