using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildSafety.Training.Data;

/// <summary>
/// The tables of courses, quizzes, certificates and assignments. Unique indexes and checks hold the rules even
/// when two requests race: one attempt number per person and course, one answer row per question of an attempt,
/// one certificate per attempt, one serial per certificate.
/// </summary>
internal static class CourseModel
{
    public static readonly Type[] Entities =
        [typeof(Course), typeof(CourseVersion), typeof(LessonRead), typeof(QuizAttempt), typeof(AttemptQuestion), typeof(Certificate), typeof(Assignment), typeof(AttemptGrant)];

    /// <summary>
    /// SQLite cannot compare DateTimeOffset text; due dates and expiry are compared in queries, so on SQLite the
    /// course tables keep their instants as UTC ticks (the older tables keep their text columns). Every context that
    /// reads these tables on SQLite must map them the same way.
    /// </summary>
    public static void StoreInstantsAsTicks(ModelBuilder model)
    {
        foreach (var property in Entities.SelectMany(t => model.Entity(t).Metadata.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
        {
            property.SetValueConverter(typeof(DateTimeOffsetToBinaryConverter));
        }
    }

    public static void Configure(ModelBuilder model)
    {
        model.Entity<Course>(course =>
        {
            course.Property(c => c.Slug).HasMaxLength(200);
            course.Property(c => c.OwnerPath).HasMaxLength(400);
            course.HasIndex(c => c.Slug).IsUnique();
            course.HasIndex(c => c.OwnerPath);
            course.HasMany(c => c.Versions).WithOne(v => v.Course).HasForeignKey(v => v.CourseId);
            course.HasOne<Course>().WithMany().HasForeignKey(c => c.RefresherCourseId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<CourseVersion>(version =>
        {
            version.Property(v => v.Title).HasMaxLength(300);
            version.Property(v => v.UpdatedAt).IsConcurrencyToken();
            version.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
            version.HasMany(v => v.Lessons).WithOne().HasForeignKey(l => l.CourseVersionId);
            version.HasMany(v => v.Questions).WithOne().HasForeignKey(q => q.CourseVersionId);
            version.ToTable(t =>
            {
                t.HasCheckConstraint("CK_CourseVersions_PassMark", "\"PassMark\" BETWEEN 1 AND 100");
                t.HasCheckConstraint("CK_CourseVersions_AttemptLimit", "\"AttemptLimit\" >= 1");
                t.HasCheckConstraint("CK_CourseVersions_ValidityMonths", "\"ValidityMonths\" >= 1");
            });
        });
        model.Entity<CourseLesson>(lesson => lesson.HasIndex(l => new { l.CourseVersionId, l.Order }).IsUnique());
        model.Entity<Question>(question =>
        {
            question.Property(q => q.Text).HasMaxLength(2000);
            question.Property(q => q.Explanation).HasMaxLength(4000);
            question.HasIndex(q => new { q.CourseVersionId, q.Order });
            question.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId);
        });
        model.Entity<QuestionOption>(option =>
        {
            option.Property(o => o.Text).HasMaxLength(1000);
            option.HasIndex(o => new { o.QuestionId, o.Order });
        });
        model.Entity<LessonRead>(read => read.HasIndex(r => new { r.PersonId, r.CourseId, r.LessonId }).IsUnique());
        model.Entity<QuizAttempt>(attempt =>
        {
            attempt.HasIndex(a => new { a.PersonId, a.CourseId, a.Number }).IsUnique();
            attempt.HasOne<CourseVersion>().WithMany().HasForeignKey(a => a.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
            attempt.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
            attempt.HasMany(a => a.Questions).WithOne().HasForeignKey(q => q.AttemptId);
            attempt.ToTable(t => t.HasCheckConstraint("CK_QuizAttempts_Number", "\"Number\" >= 1"));
        });
        model.Entity<AttemptQuestion>(question =>
        {
            question.Property(q => q.OptionOrder).HasMaxLength(200);
            question.Property(q => q.Selected).HasMaxLength(200);
            question.HasIndex(q => new { q.AttemptId, q.Order }).IsUnique();
            question.HasIndex(q => new { q.AttemptId, q.QuestionId }).IsUnique();
            question.HasOne<Question>().WithMany().HasForeignKey(q => q.QuestionId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Certificate>(certificate =>
        {
            certificate.Property(c => c.Serial).HasMaxLength(20);
            certificate.Property(c => c.OrganizationPath).HasMaxLength(400);
            certificate.Property(c => c.RevokedReason).HasMaxLength(1000);
            certificate.HasIndex(c => c.Serial).IsUnique();
            certificate.HasIndex(c => c.AttemptId).IsUnique();
            // Whether a certificate is current on a day is read from the index alone, person by person.
            certificate.HasIndex(c => new { c.PersonId, c.CourseId, c.ExpiresAt, c.IssuedAt, c.RevokedAt });
            certificate.HasIndex(c => c.ExpiresAt);
            certificate.HasIndex(c => c.OrganizationPath);
            certificate.HasOne<QuizAttempt>().WithOne().HasForeignKey<Certificate>(c => c.AttemptId).OnDelete(DeleteBehavior.Restrict);
            certificate.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
            certificate.HasOne<CourseVersion>().WithMany().HasForeignKey(c => c.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
            certificate.ToTable(t => t.HasCheckConstraint("CK_Certificates_Expiry", "\"ExpiresAt\" > \"IssuedAt\""));
        });
        model.Entity<AttemptGrant>(grant =>
        {
            grant.Property(g => g.OrganizationPath).HasMaxLength(400);
            grant.HasIndex(g => new { g.PersonId, g.CourseId });
            grant.HasOne<Course>().WithMany().HasForeignKey(g => g.CourseId).OnDelete(DeleteBehavior.Restrict);
            grant.ToTable(t => t.HasCheckConstraint("CK_AttemptGrants_Extra", "\"Extra\" BETWEEN 1 AND 10"));
        });
        model.Entity<LearningStamp>(stamp => stamp.HasKey(s => s.PersonId));
        model.Entity<Assignment>(assignment =>
        {
            assignment.Property(a => a.OrganizationPath).HasMaxLength(400);
            assignment.Property(a => a.UpdatedAt).IsConcurrencyToken();
            assignment.HasIndex(a => a.OrganizationPath);
            assignment.HasIndex(a => a.CourseId);
            assignment.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
            assignment.ToTable(t =>
            {
                t.HasCheckConstraint("CK_Assignments_Due", "(\"DueOn\" IS NULL) <> (\"DueDaysAfterStart\" IS NULL)");
                t.HasCheckConstraint("CK_Assignments_DueDays", "\"DueDaysAfterStart\" IS NULL OR \"DueDaysAfterStart\" BETWEEN 1 AND 3650");
            });
        });
    }
}
