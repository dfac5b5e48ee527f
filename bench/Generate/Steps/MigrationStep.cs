using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>Every module's migrations and the role stereotypes, as the site does at start-up; refuses a database in use.</summary>
public sealed class MigrationStep : IGeneratorStep
{
    public string Name => "migrations and roles";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        foreach (var migration in generation.Services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(cancellationToken);
        }

        await using var scope = generation.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds organizations; generate into an empty database.");
        }
        var normalizer = new UpperInvariantLookupNormalizer();
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        var missing = Roles.All.Where(role => !existing.Contains(role)).ToList();
        db.Roles.AddRange(missing.Select(name => new IdentityRole<Guid>(name) { Id = Guid.NewGuid(), NormalizedName = normalizer.NormalizeName(name) }));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
