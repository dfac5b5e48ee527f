using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.People;
using ChildSafety.Site.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Hosting;

public static class DataPreparation
{
    /// <summary>
    /// Before the first request: every module's migrations, the role stereotypes, and in Development or with
    /// <c>Site:Demo=true</c> the demo content.
    /// </summary>
    public static async Task PrepareDataAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // Asked all at once, the modules build their models in parallel; what is pending then migrates one module at a
        // time, in registration order, as before.
        var migrations = app.Services.GetServices<IDatabaseMigration>().ToList();
        var pending = await Task.WhenAll(migrations.Select(m => Task.Run(() => m.IsPendingAsync(cancellationToken), cancellationToken)));
        foreach (var (migration, isPending) in migrations.Zip(pending))
        {
            if (isPending)
            {
                await migration.MigrateAsync(cancellationToken);
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var settings = app.Services.GetRequiredService<IOptions<SiteSettings>>().Value;
        if (settings.Demo || app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(cancellationToken);
            foreach (var content in scope.ServiceProvider.GetServices<IDemoContent>().OrderBy(c => c.Order))
            {
                await content.LoadAsync(DemoData.ContentFolder(settings), cancellationToken);
            }
        }
    }
}
