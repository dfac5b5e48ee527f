using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildSafety.Content.Data.Sqlite;

public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options)
{
    public const string HistoryTable = "__ContentMigrations";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset text; as UTC ticks the scheduler's "due by now" is one comparison.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqliteContentDbContextFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteContentDbContext>();
        options.UseChildSafetySqlite("Data Source=design.db", SqliteContentDbContext.HistoryTable);
        return new SqliteContentDbContext(options.Options);
    }
}
