using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// Officers assign courses to organizations of their subtree, extend and withdraw them, and follow progress. Who is
/// covered is always computed from the rule and the directory as it is today. Every change evicts the live
/// assignments the learners' pages keep (<see cref="LiveAssignments"/>).
/// </summary>
public sealed class Assignments(
    TrainingDbContext db,
    AuditDbContext audit,
    MemberDirectory directory,
    LiveAssignments live,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public const int PageSize = 20;

    public Task<IReadOnlyList<(int Id, string Title)>> AssignableCoursesAsync(CancellationToken cancellationToken) =>
        db.PublishedCourseTitlesAsync(cancellationToken);

    public async Task<Outcome> CreateAsync(CallerScope caller, AssignmentDraft draft, CancellationToken cancellationToken)
    {
        var outcome = Check(draft.DueOn, draft.DueDaysAfterStart);
        if (draft.Positions == PositionSet.None || (draft.Positions & ~PositionSet.Everyone) != 0)
        {
            outcome.Add("Positions", text["Hãy chọn ít nhất một vị trí việc làm."]);
        }
        if ((draft.Levels & ~SchoolLevelSets.Combine(SchoolLevelSets.Each)) != 0)
        {
            outcome.Add("Levels", text["Cấp học không hợp lệ."]);
        }
        if (!await db.CourseVersions.AnyAsync(v => v.CourseId == draft.CourseId && v.State == CourseVersionState.Published, cancellationToken))
        {
            outcome.Add("CourseId", text["Hãy chọn một khoá học đã ban hành."]);
        }
        var organization = (await directory.OrganizationsUnderAsync(caller.RootPath, cancellationToken)).FirstOrDefault(o => o.Id == draft.OrganizationId);
        if (organization == default)
        {
            outcome.Add("OrganizationId", text["Hãy chọn một đơn vị trong phạm vi của bạn."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        var now = clock.GetUtcNow();
        db.Assignments.Add(new Assignment
        {
            CourseId = draft.CourseId,
            OrganizationId = organization.Id,
            OrganizationPath = organization.Path,
            Positions = draft.Positions,
            Levels = draft.Levels,
            DueOn = draft.DueOn,
            DueDaysAfterStart = draft.DueOn is null ? draft.DueDaysAfterStart : null,
            AssignedOn = VietnamTime.Today(clock),
            AssignedById = caller.PersonId,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await live.EvictAsync(cancellationToken);
        return Outcome.Success;
    }

    public Task<Assignment?> FindAsync(CallerScope caller, int id, CancellationToken cancellationToken) =>
        db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.OrganizationPath.StartsWith(caller.RootPath), cancellationToken);

    public async Task<Outcome> ExtendAsync(CallerScope caller, int id, DateOnly? dueOn, int? dueDays, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null || !caller.Contains(assignment.OrganizationPath) || assignment.WithdrawnAt is not null)
        {
            return Outcome.Fail("", text["Không tìm thấy giao khoá học này trong phạm vi của bạn."]);
        }
        var outcome = Check(dueOn, dueDays);
        if (outcome.Succeeded && (dueOn < assignment.DueOn || dueOn is null && dueDays < assignment.DueDaysAfterStart))
        {
            outcome.Add(dueOn is null ? "DueDays" : "DueOn", text["Hạn mới không được sớm hơn hạn hiện tại."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        assignment.DueOn = dueOn;
        assignment.DueDaysAfterStart = dueOn is null ? dueDays : null;
        assignment.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await live.EvictAsync(cancellationToken);
        return Outcome.Success;
    }

    public async Task<Outcome> WithdrawAsync(CallerScope caller, int id, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null || !caller.Contains(assignment.OrganizationPath))
        {
            return Outcome.Fail("", text["Không tìm thấy giao khoá học này trong phạm vi của bạn."]);
        }
        if (assignment.WithdrawnAt is not null)
        {
            return Outcome.Fail("", text["Giao khoá học này đã được thu hồi trước đó."]);
        }
        assignment.WithdrawnAt = clock.GetUtcNow();
        assignment.WithdrawnById = caller.PersonId;
        assignment.UpdatedAt = assignment.WithdrawnAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        await live.EvictAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The caller's assignments, newest first, optionally one course, with withdrawn ones only when asked.</summary>
    public async Task<Paged<AssignmentRow>> ListAsync(CallerScope caller, int? courseId, bool withdrawn, int? page, CancellationToken cancellationToken)
    {
        var query = db.Assignments.AsNoTracking().Where(a => a.OrganizationPath.StartsWith(caller.RootPath) && (a.WithdrawnAt != null) == withdrawn);
        if (courseId is { } course)
        {
            query = query.Where(a => a.CourseId == course);
        }
        var paged = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToPagedAsync(page, PageSize, cancellationToken);
        var titles = (await AssignableCoursesAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Title);
        var organizations = await directory.OrganizationNamesAsync(paged.Rows.Select(a => a.OrganizationId), cancellationToken);
        var counts = await AssignmentTally.CountAsync(audit, caller.RootPath, paged.Rows, clock.GetUtcNow(), VietnamTime.Today(clock), cancellationToken);
        var rows = paged.Rows.Select(assignment => new AssignmentRow(assignment, titles.GetValueOrDefault(assignment.CourseId, ""),
            organizations.GetValueOrDefault(assignment.OrganizationId, ""),
            counts[assignment.Id].Covered, counts[assignment.Id].Passed, counts[assignment.Id].Overdue)).ToList();
        return new Paged<AssignmentRow>(rows, paged.Paging);
    }

    /// <summary>Everyone the assignment covers today, in name order, with their standing.</summary>
    public async Task<IReadOnlyList<AssignedPerson>> PeopleAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var rule = assignment.Rule;
        var members = (await directory.UnderAsync(assignment.OrganizationPath, cancellationToken)).Where(rule.Covers).ToList();
        var course = assignment.CourseId;
        var ids = members.Select(m => m.PersonId).ToList();
        var now = clock.GetUtcNow();
        var certificates = (await db.Certificates.AsNoTracking()
            .Where(c => c.CourseId == course && c.RevokedAt == null && c.ExpiresAt > now && ids.Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.ExpiresAt }).ToListAsync(cancellationToken))
            .GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Max(c => c.ExpiresAt));
        var started = (await db.QuizAttempts.AsNoTracking().Where(a => a.CourseId == course && ids.Contains(a.PersonId)).Select(a => a.PersonId)
            .Union(db.LessonReads.AsNoTracking().Where(r => r.CourseId == course && ids.Contains(r.PersonId)).Select(r => r.PersonId))
            .ToListAsync(cancellationToken)).ToHashSet();
        var today = VietnamTime.Today(clock);
        return members.Select(m =>
        {
            var due = rule.DueFor(m);
            var validUntil = certificates.TryGetValue(m.PersonId, out var expires) ? expires : (DateTimeOffset?)null;
            return new AssignedPerson(m, due, TrainingStatuses.Of(validUntil, due, started.Contains(m.PersonId), now, today));
        }).OrderBy(p => p.Member.OrganizationName).ThenBy(p => p.Member.FullName).ToList();
    }

    public async Task<string> CourseTitleAsync(int courseId, CancellationToken cancellationToken) =>
        (await AssignableCoursesAsync(cancellationToken)).FirstOrDefault(c => c.Id == courseId).Title ?? "";

    private Outcome Check(DateOnly? dueOn, int? dueDays)
    {
        var outcome = new Outcome();
        if (dueOn is null && dueDays is null)
        {
            outcome.Add("DueOn", text["Hãy chọn hạn hoàn thành: một ngày cụ thể, hoặc số ngày kể từ khi bắt đầu làm việc."]);
        }
        else if (dueOn is { } due && due < VietnamTime.Today(clock))
        {
            outcome.Add("DueOn", text["Hạn hoàn thành không được ở trong quá khứ."]);
        }
        else if (dueOn is null && dueDays is not (>= 1 and <= 3650))
        {
            outcome.Add("DueDays", text["Số ngày phải từ 1 đến 3650."]);
        }
        return outcome;
    }
}
