using ChildSafety.Training.Conduct;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Data;

/// <summary>The Training module's tables. People and organizations are referenced by id; their tables are Core's.</summary>
public abstract class TrainingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConductPolicy> ConductPolicies => Set<ConductPolicy>();

    public DbSet<ConductVersion> ConductVersions => Set<ConductVersion>();

    public DbSet<Acknowledgment> Acknowledgments => Set<Acknowledgment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConductPolicy>(policy =>
        {
            policy.Property(p => p.Title).HasMaxLength(200);
            policy.HasIndex(p => p.OrganizationId);
            policy.HasMany(p => p.Versions).WithOne(v => v.Policy).HasForeignKey(v => v.PolicyId);
        });
        modelBuilder.Entity<ConductVersion>(version =>
        {
            version.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
            version.Property(v => v.ContentHash).HasMaxLength(64);
            version.Property(v => v.UpdatedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<Acknowledgment>(ack =>
        {
            ack.Property(a => a.ContentHash).HasMaxLength(64);
            ack.Property(a => a.ClientAddress).HasMaxLength(64);
            ack.Property(a => a.EvidencePath).HasMaxLength(300);
            ack.HasIndex(a => new { a.PersonId, a.VersionId, a.Decision }).IsUnique();
            ack.HasIndex(a => new { a.VersionId, a.OrganizationId });
            ack.HasOne(a => a.Version).WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
