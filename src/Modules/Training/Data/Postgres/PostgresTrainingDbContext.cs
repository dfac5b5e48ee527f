using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Training.Data.Postgres;

public sealed class PostgresTrainingDbContext(DbContextOptions<PostgresTrainingDbContext> options) : TrainingDbContext(options)
{
    public const string HistoryTable = "__TrainingMigrations";
}

internal sealed class PostgresTrainingDbContextFactory : IDesignTimeDbContextFactory<PostgresTrainingDbContext>
{
    public PostgresTrainingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresTrainingDbContext>();
        options.UseChildSafetyPostgres("Host=localhost;Database=design", PostgresTrainingDbContext.HistoryTable);
        return new PostgresTrainingDbContext(options.Options);
    }
}
