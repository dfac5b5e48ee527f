using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Core.Data.Sqlite;

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options)
{
    public const string HistoryTable = "__CoreMigrations";
}

internal sealed class SqliteCoreDbContextFactory : IDesignTimeDbContextFactory<SqliteCoreDbContext>
{
    public SqliteCoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCoreDbContext>();
        options.UseChildSafetySqlite("Data Source=design.db", SqliteCoreDbContext.HistoryTable);
        return new SqliteCoreDbContext(options.Options);
    }
}
