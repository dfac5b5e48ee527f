using Microsoft.EntityFrameworkCore;
using ChildSafety.Core.Reminders;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildSafety.Core.Data.Sqlite;

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options)
{
    public const string HistoryTable = "__CoreMigrations";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // SQLite cannot compare DateTimeOffset text; as UTC ticks "claimed before the timeout" is one comparison.
        builder.Entity<SentReminder>(reminder =>
        {
            reminder.Property(r => r.ClaimedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            reminder.Property(r => r.SentAt).HasConversion<DateTimeOffsetToBinaryConverter>();
        });
    }
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
