using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Core.Data.Postgres;

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options)
{
    public const string HistoryTable = "__CoreMigrations";
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
