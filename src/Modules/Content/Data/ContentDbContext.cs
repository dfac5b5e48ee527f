using ChildSafety.Content.Items;
using ChildSafety.Content.Media;
using ChildSafety.Content.Schools;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Data;

/// <summary>The CMS's tables: items with their drafts, the immutable published versions, the media library and the schools' reporting channels.</summary>
public abstract class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    public DbSet<MediaItem> Media => Set<MediaItem>();

    public DbSet<ReportingChannels> ReportingChannels => Set<ReportingChannels>();

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

        modelBuilder.Entity<MediaItem>(media =>
        {
            media.ToTable("MediaItems");
            media.Property(m => m.FileName).HasMaxLength(200);
            media.Property(m => m.AltText).HasMaxLength(MediaLimits.AltTextLength);
            media.Property(m => m.SearchText).HasMaxLength(600);
            media.Property(m => m.Folder).HasMaxLength(7);
            media.Property(m => m.Widths).HasMaxLength(40);
            media.Property(m => m.Sha256).HasMaxLength(64);
            media.Property(m => m.OwnerPath).HasMaxLength(400);
            media.Ignore(m => m.VariantWidths);
            media.HasIndex(m => m.OwnerPath);
            media.HasIndex(m => new { m.OwnerOrganizationId, m.Sha256 });
            media.HasIndex(m => m.CreatedAt);
        });

        modelBuilder.Entity<ReportingChannels>(channels =>
        {
            channels.ToTable("ReportingChannels");
            channels.HasKey(c => c.OrganizationId);
            channels.Property(c => c.OrganizationId).ValueGeneratedNever();
            channels.Property(c => c.Address).HasMaxLength(ReportingChannelsForm.TextLength);
            channels.Property(c => c.Mailbox).HasMaxLength(ReportingChannelsForm.TextLength);
            channels.Property(c => c.Phone).HasMaxLength(ReportingChannelsForm.PhoneLength);
            channels.Property(c => c.Email).HasMaxLength(ReportingChannelsForm.EmailLength);
            channels.Property(c => c.ContactPerson).HasMaxLength(ReportingChannelsForm.TextLength);
        });
    }
}
