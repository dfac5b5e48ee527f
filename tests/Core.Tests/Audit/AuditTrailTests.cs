using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Tests.Audit;

public class AuditTrailTests
{
    private static AuditEntry RoleGranted(string role) => new(AuditKinds.RoleGranted, Guid.NewGuid(), Guid.NewGuid(), 7, role);

    [Fact]
    public async Task Appended_events_form_an_intact_chain()
    {
        await using var database = await SqliteCoreDatabase.CreateAsync();
        await using var scope = database.Scope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();

        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();

        await trail.SaveAuditedAsync(db, [RoleGranted("Staff")], CancellationToken.None);
        await trail.SaveAuditedAsync(db, [RoleGranted("Editor"), RoleGranted("SchoolAdmin")], CancellationToken.None);

        var result = await trail.VerifyAsync(CancellationToken.None);
        Assert.True(result.IsIntact);
        Assert.Equal(3, result.Checked);
    }

    [Fact]
    public async Task Altering_a_row_in_the_database_is_reported_at_that_row()
    {
        await using var database = await SqliteCoreDatabase.CreateAsync();
        await using var scope = database.Scope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await trail.SaveAuditedAsync(db, [RoleGranted("Staff"), RoleGranted("Editor"), RoleGranted("SchoolAdmin")], CancellationToken.None);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Details\" = 'Administrator' WHERE \"Id\" = 2");

        var result = await trail.VerifyAsync(CancellationToken.None);
        Assert.Equal(2, result.FirstBrokenId);
        Assert.Equal(1, result.Checked);
    }

    [Fact]
    public async Task Deleting_a_row_is_reported_at_the_row_after_the_gap()
    {
        await using var database = await SqliteCoreDatabase.CreateAsync();
        await using var scope = database.Scope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await trail.SaveAuditedAsync(db, [RoleGranted("Staff"), RoleGranted("Editor"), RoleGranted("SchoolAdmin")], CancellationToken.None);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = 2");

        Assert.Equal(3, (await trail.VerifyAsync(CancellationToken.None)).FirstBrokenId);
    }

    [Fact]
    public async Task Concurrent_appends_from_many_requests_still_build_one_chain()
    {
        await using var database = await SqliteCoreDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = database.Scope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>()
                .SaveAuditedAsync(scope.ServiceProvider.GetRequiredService<CoreDbContext>(), [RoleGranted($"Role{i}")], CancellationToken.None);
        }));

        await using var check = database.Scope();
        var result = await check.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(CancellationToken.None);
        Assert.True(result.IsIntact);
        Assert.Equal(20, result.Checked);
    }
}
