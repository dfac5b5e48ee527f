using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Audit;

/// <summary>What the audit's specs build before they count: a district of their own and staff who accepted its code.</summary>
public static class AuditFixtures
{
    /// <summary>A new district under the demo province with a lower-secondary and a primary school.</summary>
    public static async Task<(Organization District, Organization First, Organization Second)> NewDistrictAsync(this SiteServer server)
    {
        var province = await server.OrganizationAsync("SGD-BM");
        var district = await new OrganizationBuilder(server).District().Under(province).CreateAsync();
        var first = await new OrganizationBuilder(server).School().Under(district).CreateAsync();
        var second = await new OrganizationBuilder(server).School(SchoolLevel.Primary).Under(district).CreateAsync();
        return (district, first, second);
    }

    /// <summary><paramref name="person"/> accepts the code in force for them online, as the conduct page does.</summary>
    public static async Task AcceptConductAsync(this SiteServer server, Person person, Organization organization)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var version = await scope.ServiceProvider.GetRequiredService<ConductInForce>().ForAsync(organization.Path, person.Position, CancellationToken.None)
            ?? throw new InvalidOperationException("No code in force.");
        var outcome = await scope.ServiceProvider.GetRequiredService<ConductAcknowledgments>().AnswerAsync(
            new CallerScope(person.Id, organization.Id, organization.Path, [Roles.Staff], person.Position),
            new ConductAnswer(version.VersionId, version.ContentHash, AcknowledgmentDecision.Accepted, "127.0.0.1"), CancellationToken.None);
        Assert.True(outcome.Succeeded);
    }
}
