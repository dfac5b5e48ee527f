using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Content.Data.Postgres;

public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    public const string HistoryTable = "__ContentMigrations";
}

internal sealed class PostgresContentDbContextFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        options.UseChildSafetyPostgres("Host=localhost;Database=design", PostgresContentDbContext.HistoryTable);
        return new PostgresContentDbContext(options.Options);
    }
}
