using ChildSafety.Content.Items;
using ChildSafety.Content.Media;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildSafety.Content.Data.Postgres;

public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    public const string HistoryTable = "__ContentMigrations";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ContentItem>().HasIndex(i => i.OwnerPath).ForPrefixSearch();
        modelBuilder.Entity<MediaItem>().HasIndex(m => m.OwnerPath).ForPrefixSearch();
    }
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
