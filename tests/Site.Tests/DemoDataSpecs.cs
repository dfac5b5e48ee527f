using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>The demo data loads at every start with <c>Site:Demo=true</c>, and must never pile up.</summary>
public abstract class DemoDataSpecs(SiteServer server)
{
    [EngineFact]
    public async Task Restarting_on_the_same_data_loads_the_demo_again_without_duplicating_anything()
    {
        var before = await CountAsync();

        await server.RestartAsync();
        var after = await CountAsync();

        Assert.True(before.Organizations > 0 && before.People > 0);
        Assert.Equal(before, after);
        using var client = server.CreateClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        Assert.True(client.IsSignedIn);
    }

    private async Task<(int Organizations, int People, int RoleGrants)> CountAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        return (await db.Organizations.CountAsync(), await db.Users.CountAsync(), await db.UserRoles.CountAsync());
    }
}

public sealed class DemoDataOnSqlite(SqliteSite server) : DemoDataSpecs(server), IClassFixture<SqliteSite>;

public sealed class DemoDataOnPostgres(PostgresSite server) : DemoDataSpecs(server), IClassFixture<PostgresSite>;
