using ChildSafety.Content.Items;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Data;

/// <summary>The CMS's tables: items with their drafts, and the immutable published versions.</summary>
public abstract class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.Property(i => i.Locale).HasMaxLength(10);
            item.Property(i => i.Slug).HasMaxLength(200);
            item.Property(i => i.Title).HasMaxLength(300);
            item.Property(i => i.FoldedTitle).HasMaxLength(300);
            item.Property(i => i.Summary).HasMaxLength(1000);
            item.Property(i => i.CoverImage).HasMaxLength(500);
            item.Property(i => i.Topics).HasMaxLength(1000);
            item.Property(i => i.OwnerPath).HasMaxLength(400);
            item.Property(i => i.Revision).IsConcurrencyToken();
            item.HasIndex(i => new { i.Type, i.Locale, i.Slug }).IsUnique();
            item.HasIndex(i => new { i.Type, i.State, i.Order });
            item.HasIndex(i => i.OwnerPath);
            item.HasIndex(i => i.ScheduledAt);
            item.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContentVersion>(version =>
        {
            version.ToTable("ContentVersions");
            version.Property(v => v.Slug).HasMaxLength(200);
            version.Property(v => v.Title).HasMaxLength(300);
            version.Property(v => v.Summary).HasMaxLength(1000);
            version.Property(v => v.CoverImage).HasMaxLength(500);
            version.Property(v => v.Topics).HasMaxLength(1000);
            version.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
        });
    }
}
