using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildSafety.Training.Data.Sqlite;

public sealed class SqliteTrainingDbContext(DbContextOptions<SqliteTrainingDbContext> options) : TrainingDbContext(options)
{
    public const string HistoryTable = "__TrainingMigrations";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite cannot compare DateTimeOffset text; due dates and expiry are compared in queries, so the course
        // tables keep their instants as UTC ticks. The older tables keep their text columns.
        foreach (var property in CourseModel.Entities.SelectMany(t => modelBuilder.Entity(t).Metadata.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
        {
            property.SetValueConverter(typeof(DateTimeOffsetToBinaryConverter));
        }
    }
}

internal sealed class SqliteTrainingDbContextFactory : IDesignTimeDbContextFactory<SqliteTrainingDbContext>
{
    public SqliteTrainingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteTrainingDbContext>();
        options.UseChildSafetySqlite("Data Source=design.db", SqliteTrainingDbContext.HistoryTable);
        return new SqliteTrainingDbContext(options.Options);
    }
}
