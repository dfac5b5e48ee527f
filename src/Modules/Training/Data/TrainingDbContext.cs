using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Quizzes;
using ChildSafety.Training.Curriculum;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Data;

/// <summary>The Training module's tables. People and organizations are referenced by id; their tables are Core's.</summary>
public abstract class TrainingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConductPolicy> ConductPolicies => Set<ConductPolicy>();

    public DbSet<ConductVersion> ConductVersions => Set<ConductVersion>();

    public DbSet<Acknowledgment> Acknowledgments => Set<Acknowledgment>();

    public DbSet<FamilyCommitment> FamilyCommitments => Set<FamilyCommitment>();

    public DbSet<CommitmentInvitation> CommitmentInvitations => Set<CommitmentInvitation>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<LessonRead> LessonReads => Set<LessonRead>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<AttemptQuestion> AttemptQuestions => Set<AttemptQuestion>();

    public DbSet<AttemptGrant> AttemptGrants => Set<AttemptGrant>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<LearningStamp> LearningStamps => Set<LearningStamp>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<IntegrationEntry> IntegrationEntries => Set<IntegrationEntry>();

    public DbSet<AwarenessActivity> AwarenessActivities => Set<AwarenessActivity>();

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
            // The acceptances by a day, read from the index alone when the audit checks each person's version in force.
            ack.HasIndex(a => new { a.PersonId, a.VersionId, a.At }).HasFilter($"\"Decision\" = {(int)AcknowledgmentDecision.Accepted}");
            ack.HasOne(a => a.Version).WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<FamilyCommitment>(commitment =>
        {
            commitment.Property(c => c.SchoolYear).HasMaxLength(9);
            commitment.Property(c => c.Title).HasMaxLength(200);
            commitment.Property(c => c.ContentHash).HasMaxLength(64);
            commitment.HasIndex(c => new { c.OrganizationId, c.SchoolYear }).IsUnique();
            commitment.HasMany(c => c.Invitations).WithOne(i => i.Commitment).HasForeignKey(i => i.CommitmentId);
        });
        modelBuilder.Entity<CommitmentInvitation>(invitation =>
        {
            invitation.Property(i => i.ClassName).HasMaxLength(20);
            invitation.Property(i => i.PupilName).HasMaxLength(200);
            invitation.Property(i => i.SignerName).HasMaxLength(200);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.ClientAddress).HasMaxLength(64);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => new { i.CommitmentId, i.ClassName });
        });
        CourseModel.Configure(modelBuilder);
        modelBuilder.Entity<IntegrationEntry>(entry =>
        {
            entry.Property(e => e.SchoolYear).HasMaxLength(9);
            entry.Property(e => e.Subject).HasMaxLength(100);
            entry.Property(e => e.TopicCode).HasMaxLength(50);
            entry.Property(e => e.Lesson).HasMaxLength(300);
            entry.Property(e => e.EvidenceUrl).HasMaxLength(500);
            entry.Property(e => e.EvidencePath).HasMaxLength(100);
            entry.HasIndex(e => new { e.OrganizationId, e.SchoolYear, e.Grade });
        });
        modelBuilder.Entity<AwarenessActivity>(activity =>
        {
            activity.Property(a => a.SchoolYear).HasMaxLength(9);
            activity.Property(a => a.Title).HasMaxLength(300);
            activity.Property(a => a.Topics).HasMaxLength(500);
            activity.Property(a => a.EvidenceUrl).HasMaxLength(500);
            activity.Property(a => a.EvidencePath).HasMaxLength(100);
            activity.HasIndex(a => new { a.OrganizationId, a.Date });
            activity.HasIndex(a => new { a.OrganizationId, a.SchoolYear });
        });
    }
}
