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
    /// <c>Site:Demo=true</c> the demo organizations and people, then each module's demo content.
    /// </summary>
    public static async Task PrepareDataAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        foreach (var migration in app.Services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(cancellationToken);
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
            foreach (var content in scope.ServiceProvider.GetServices<IDemoContent>())
            {
                await content.LoadAsync(DemoData.ContentFolder(settings), cancellationToken);
            }
        }
    }
}
