using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Training.Data.Postgres;

public sealed class PostgresTrainingDbContext(DbContextOptions<PostgresTrainingDbContext> options) : TrainingDbContext(options)
{
    public const string HistoryTable = "__TrainingMigrations";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Course>().HasIndex(c => c.OwnerPath).ForPrefixSearch();
        modelBuilder.Entity<Certificate>().HasIndex(c => c.OrganizationPath).ForPrefixSearch();
        modelBuilder.Entity<Assignment>().HasIndex(a => a.OrganizationPath).ForPrefixSearch();
    }
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
