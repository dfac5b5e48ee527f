using ChildSafety.Core.Audit;
using ChildSafety.Core.Caching;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Data;

/// <summary>
/// The shared kernel's tables: organizations, people, roles and sign-in data, and what every instance of the site
/// must share: the data-protection keys, the cache stamps and the audit's kept figures.
/// </summary>
public abstract class CoreDbContext(DbContextOptions options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CacheStamp> CacheStamps => Set<CacheStamp>();

    public DbSet<KeptFigure> KeptFigures => Set<KeptFigure>();

    public DbSet<FigureStamp> FigureStamps => Set<FigureStamp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Organization>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(200);
            org.Property(o => o.Code).HasMaxLength(40);
            org.Property(o => o.Path).HasMaxLength(400);
            org.HasIndex(o => o.Code).IsUnique();
            org.HasIndex(o => o.Path);
            org.HasIndex(o => o.ParentId);
            org.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AuditEvent>(audit =>
        {
            // Ids are the chain's sequence: the trail assigns them under its lock, never the database.
            audit.Property(e => e.Id).ValueGeneratedNever();
            audit.Property(e => e.Kind).HasMaxLength(60);
            audit.Property(e => e.Details).HasMaxLength(2000);
            audit.Property(e => e.PreviousHash).HasMaxLength(64);
            audit.Property(e => e.Hash).HasMaxLength(64);
            audit.HasIndex(e => new { e.OrganizationId, e.Id });
            audit.HasIndex(e => new { e.PersonId, e.Id });
        });

        builder.Entity<SentReminder>(reminder =>
        {
            reminder.Property(r => r.Key).HasMaxLength(200);
            // The unique key is the claim: a second instance's insert of the same reminder fails here.
            reminder.HasIndex(r => r.Key).IsUnique();
            reminder.HasIndex(r => r.PersonId);
        });

        builder.Entity<CacheStamp>(stamp =>
        {
            stamp.HasKey(s => s.Tag);
            stamp.Property(s => s.Tag).HasMaxLength(60);
        });

        builder.Entity<KeptFigure>(figure =>
        {
            // A year and day first: the audit reads every organization's figures of one day at a time.
            figure.HasKey(f => new { f.SchoolYear, f.AsOf, f.OrganizationId, f.Indicator });
            figure.Property(f => f.SchoolYear).HasMaxLength(9);
            figure.Property(f => f.Indicator).HasMaxLength(40);
        });

        builder.Entity<FigureStamp>(stamp =>
        {
            stamp.HasKey(s => s.OrganizationId);
            stamp.Property(s => s.OrganizationId).ValueGeneratedNever();
        });

        builder.Entity<Person>(person =>
        {
            person.Property(p => p.FullName).HasMaxLength(200);
            person.Property(p => p.Culture).HasMaxLength(10);
            person.HasIndex(p => new { p.OrganizationId, p.IsActive });
            // The audit counts active staff by organization and position, and joins them to their records by id,
            // from this index alone.
            person.HasIndex(p => new { p.OrganizationId, p.Position, p.Id }).HasFilter("\"IsActive\"");
            person.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
