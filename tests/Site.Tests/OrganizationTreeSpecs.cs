using ChildSafety.Core.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>The organization tree's rules, through the running site's <see cref="OrganizationService"/> and database.</summary>
public abstract class OrganizationTreeSpecs(SiteServer server)
{
    [EngineFact]
    public async Task Moving_an_organization_under_its_own_child_is_refused_and_changes_nothing()
    {
        var province = await new OrganizationBuilder(server).Province().CreateAsync();
        var district = await new OrganizationBuilder(server).District().Under(province).CreateAsync();
        var school = await new OrganizationBuilder(server).School().Under(district).CreateAsync();

        var outcome = await UpdateAsync(district, new OrganizationDraft("Renamed", district.Code, district.Kind, null, school.Id));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Key == nameof(OrganizationDraft.ParentId));
        var districtAfter = await server.OrganizationAsync(district.Code);
        Assert.Equal((district.Name, province.Id, district.Path), (districtAfter.Name, districtAfter.ParentId, districtAfter.Path));
        Assert.Equal(school.Path, (await server.OrganizationAsync(school.Code)).Path);
    }

    [EngineFact]
    public async Task Moving_a_district_to_another_province_carries_its_schools_paths_along()
    {
        var from = await new OrganizationBuilder(server).Province().CreateAsync();
        var to = await new OrganizationBuilder(server).Province().CreateAsync();
        var district = await new OrganizationBuilder(server).District().Under(from).CreateAsync();
        var primary = await new OrganizationBuilder(server).School(SchoolLevel.Primary).Under(district).CreateAsync();
        var lowerSecondary = await new OrganizationBuilder(server).School(SchoolLevel.LowerSecondary).Under(district).CreateAsync();

        var outcome = await UpdateAsync(district, new OrganizationDraft(district.Name, district.Code, district.Kind, null, to.Id));

        Assert.True(outcome.Succeeded);
        var districtPath = OrganizationPath.Child(to.Path, district.Id);
        Assert.Equal(districtPath, (await server.OrganizationAsync(district.Code)).Path);
        Assert.Equal(OrganizationPath.Child(districtPath, primary.Id), (await server.OrganizationAsync(primary.Code)).Path);
        Assert.Equal(OrganizationPath.Child(districtPath, lowerSecondary.Id), (await server.OrganizationAsync(lowerSecondary.Code)).Path);
        Assert.DoesNotContain(from.Path, (await server.OrganizationAsync(primary.Code)).Path, StringComparison.Ordinal);
    }

    private async Task<Core.Outcome> UpdateAsync(Organization organization, OrganizationDraft draft)
    {
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganizationService>()
            .UpdateAsync(organization.Id, draft, administrator, CancellationToken.None);
    }
}

public sealed class OrganizationTreeOnSqlite(SqliteSite server) : OrganizationTreeSpecs(server), IClassFixture<SqliteSite>;

public sealed class OrganizationTreeOnPostgres(PostgresSite server) : OrganizationTreeSpecs(server), IClassFixture<PostgresSite>;
