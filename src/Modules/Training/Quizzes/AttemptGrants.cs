using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Quizzes;

/// <summary>Who in the caller's subtree has used up their attempts, and extra attempts an officer gives them.</summary>
public sealed class AttemptGrants(
    TrainingDbContext db,
    MemberDirectory directory,
    Standings standings,
    AuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public const int PageSize = 25;

    public const int MaxExtra = 10;

    /// <summary>
    /// People of the caller's subtree whose failed attempts since they last passed reached the limit of the version
    /// they were taking plus the attempts already granted to them.
    /// </summary>
    public async Task<Paged<OutOfAttempts>> InScopeAsync(CallerScope caller, int? page, CancellationToken cancellationToken)
    {
        var organizations = (await directory.OrganizationsUnderAsync(caller.RootPath, cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        var ids = organizations.Keys.ToList();
        // Only someone whose latest submitted attempt of a course failed can be out of attempts; for those pairs the
        // database counts the failures since the last pass and the attempts allowed (the limit of the version last
        // taken plus the grants since that pass), so a province's attempts never come into memory.
        var stuck = await (
            from a in db.QuizAttempts.AsNoTracking()
            join v in db.CourseVersions on a.CourseVersionId equals v.Id
            where a.SubmittedAt != null && !a.Passed && ids.Contains(a.OrganizationId)
                && !db.QuizAttempts.Any(later => later.PersonId == a.PersonId && later.CourseId == a.CourseId && later.SubmittedAt != null && later.Number > a.Number)
            let lastPass = db.QuizAttempts.Where(p => p.PersonId == a.PersonId && p.CourseId == a.CourseId && p.Passed).Max(p => (int?)p.Number) ?? 0
            let failed = db.QuizAttempts.Count(f => f.PersonId == a.PersonId && f.CourseId == a.CourseId && f.SubmittedAt != null && !f.Passed && f.Number > lastPass)
            let allowed = v.AttemptLimit + (db.AttemptGrants.Where(g => g.PersonId == a.PersonId && g.CourseId == a.CourseId && g.AfterAttempt >= lastPass).Sum(g => (int?)g.Extra) ?? 0)
            where failed >= allowed
            select new { a.PersonId, a.OrganizationId, a.CourseId, v.Title, Failed = failed, Allowed = allowed })
            .ToListAsync(cancellationToken);
        var names = await directory.NamesAsync(stuck.Select(s => s.PersonId), cancellationToken);
        var rows = stuck.Select(s => new OutOfAttempts(s.PersonId, names.GetValueOrDefault(s.PersonId, ""), organizations.GetValueOrDefault(s.OrganizationId, ""), s.CourseId, s.Title, s.Failed, s.Allowed))
            .OrderBy(r => r.OrganizationName).ThenBy(r => r.FullName).ThenBy(r => r.CourseTitle).ToList();
        var paging = Paging.Of(page, PageSize, rows.Count);
        return new Paged<OutOfAttempts>(rows.Skip(paging.Skip).Take(PageSize).ToList(), paging);
    }

    /// <summary>Gives <paramref name="extra"/> more attempts to a person of the caller's subtree who has none left.</summary>
    public async Task<Outcome> GrantAsync(CallerScope caller, Guid personId, int courseId, int extra, CancellationToken cancellationToken)
    {
        var member = await directory.FindAsync(personId, cancellationToken);
        if (member is null || !caller.Contains(member.OrganizationPath))
        {
            return Outcome.Fail("", text["Không tìm thấy người này trong phạm vi của bạn."]);
        }
        if (extra is < 1 or > MaxExtra)
        {
            return Outcome.Fail("Extra", text["Số lượt cấp thêm phải từ 1 đến {0}.", MaxExtra]);
        }
        var standing = await standings.OfAsync(member, courseId, cancellationToken);
        if (standing is null)
        {
            return Outcome.Fail("", text["Không tìm thấy khoá học này, hoặc khoá học không dành cho người này."]);
        }
        if (standing.ToTake is null || standing.AttemptsLeft)
        {
            return Outcome.Fail("", text["Người này vẫn còn lượt làm bài; chưa cần cấp thêm."]);
        }
        var last = await db.QuizAttempts.Where(a => a.PersonId == personId && a.CourseId == courseId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0;
        db.AttemptGrants.Add(new AttemptGrant
        {
            PersonId = personId,
            CourseId = courseId,
            OrganizationId = member.OrganizationId,
            OrganizationPath = member.OrganizationPath,
            AfterAttempt = last,
            Extra = extra,
            GrantedById = caller.PersonId,
            GrantedAt = clock.GetUtcNow(),
        });
        await audit.SaveAuditedAsync(db, [new AuditEntry(CourseAuditKinds.AttemptsGranted, caller.PersonId, personId, member.OrganizationId,
            $"course {courseId} extra {extra} after attempt {last}")], cancellationToken);
        return Outcome.Success;
    }
}
