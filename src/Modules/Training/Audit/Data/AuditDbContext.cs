using ChildSafety.Core.Audit;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit.Data;

/// <summary>
/// A read-only view over the Training tables and the Core tables the audit counts against (people, roles,
/// organizations, the audit trail), so that a figure is one SQL query joining both instead of ids carried across
/// two contexts. It never migrates and never saves: Core owns its tables, Training's own context writes its own.
/// </summary>
public abstract class AuditDbContext(DbContextOptions options) : TrainingDbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<IdentityRole<Guid>> Roles => Set<IdentityRole<Guid>>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The audit view is read-only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The audit view is read-only.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Person>().ToTable("AspNetUsers", t => t.ExcludeFromMigrations());
        modelBuilder.Entity<Organization>().ToTable("Organizations", t => t.ExcludeFromMigrations());
        modelBuilder.Entity<IdentityRole<Guid>>().ToTable("AspNetRoles", t => t.ExcludeFromMigrations());
        modelBuilder.Entity<IdentityUserRole<Guid>>(role =>
        {
            role.ToTable("AspNetUserRoles", t => t.ExcludeFromMigrations());
            role.HasKey(r => new { r.UserId, r.RoleId });
        });
        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("AuditEvents", t => t.ExcludeFromMigrations());
            audit.Property(e => e.Id).ValueGeneratedNever();
        });
    }
}
