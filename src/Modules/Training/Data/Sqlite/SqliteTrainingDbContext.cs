using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Training.Data.Sqlite;

public sealed class SqliteTrainingDbContext(DbContextOptions<SqliteTrainingDbContext> options) : TrainingDbContext(options)
{
    public const string HistoryTable = "__TrainingMigrations";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        CourseModel.StoreInstantsAsTicks(modelBuilder);
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
