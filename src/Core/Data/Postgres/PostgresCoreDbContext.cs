using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Core.Data.Postgres;

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options)
{
    public const string HistoryTable = "__CoreMigrations";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Organization>().HasIndex(o => o.Path).ForPrefixSearch();
    }
}

internal sealed class PostgresCoreDbContextFactory : IDesignTimeDbContextFactory<PostgresCoreDbContext>
{
    public PostgresCoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCoreDbContext>();
        options.UseChildSafetyPostgres("Host=localhost;Database=design", PostgresCoreDbContext.HistoryTable);
        return new PostgresCoreDbContext(options.Options);
    }
}
