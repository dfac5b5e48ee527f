using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Caching;
using ChildSafety.Core.Content;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Courses;

/// <summary>
/// Editing courses of the caller's subtree: a draft version is changed freely, publishing fixes it, and a change
/// after that is a new draft copied from the last published version.
/// </summary>
public sealed class CourseCatalog(
    TrainingDbContext db,
    ILessonLibrary library,
    AuditTrail audit,
    SharedCache cache,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public async Task<IReadOnlyList<Course>> InScopeAsync(CallerScope caller, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking().Include(c => c.Versions.OrderBy(v => v.Number))
            .Where(c => c.OwnerPath.StartsWith(caller.RootPath))
            .OrderBy(c => c.Slug).ToListAsync(cancellationToken);

    public async Task<(Outcome Outcome, CourseVersion? Draft)> CreateAsync(CallerScope caller, string? title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 300)
        {
            return (Outcome.Fail("Title", text["Hãy nhập tên khoá học (tối đa 300 ký tự)."]), null);
        }
        var slug = CourseSlugs.From(title);
        var taken = await db.Courses.Where(c => c.Slug == slug || c.Slug.StartsWith(slug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        var unique = slug;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{slug}-{n}";
        }
        var now = clock.GetUtcNow();
        var course = new Course
        {
            Slug = unique,
            OrganizationId = caller.OrganizationId,
            OwnerPath = caller.OrganizationPath,
            CreatedAt = now,
            Versions = [new CourseVersion { Number = 1, Title = title.Trim(), UpdatedAt = now }],
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return (Outcome.Success, course.Versions[0]);
    }

    /// <summary>A version of a course in the caller's subtree, with its lessons and questions; null otherwise.</summary>
    public Task<CourseVersion?> FindVersionAsync(CallerScope caller, int versionId, CancellationToken cancellationToken) =>
        db.CourseVersions.AsNoTracking()
            .Include(v => v.Course)
            .Include(v => v.Lessons.OrderBy(l => l.Order))
            .Include(v => v.Questions.OrderBy(q => q.Order)).ThenInclude(q => q.Options.OrderBy(o => o.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Id == versionId && v.Course!.OwnerPath.StartsWith(caller.RootPath), cancellationToken);

    public async Task<IReadOnlyList<(int Id, string Title)>> RefresherChoicesAsync(CallerScope caller, int courseId, CancellationToken cancellationToken) =>
        (await InScopeAsync(caller, cancellationToken))
            .Where(c => c.Id != courseId && c.Versions.Any(v => v.IsPublished))
            .Select(c => (c.Id, c.Versions.Last(v => v.IsPublished).Title)).ToList();

    public async Task<Outcome> SaveDraftAsync(CallerScope caller, int versionId, CourseForm form, CancellationToken cancellationToken)
    {
        var version = await DraftAsync(caller, versionId, cancellationToken);
        if (version is null)
        {
            return NotADraft();
        }
        var outcome = new Outcome();
        if (string.IsNullOrWhiteSpace(form.Title) || form.Title.Trim().Length > 300)
        {
            outcome.Add("Title", text["Hãy nhập tên khoá học (tối đa 300 ký tự)."]);
        }
        if (form.PassMark is < 1 or > 100)
        {
            outcome.Add("PassMark", text["Điểm đạt phải từ 1 đến 100 (%)."]);
        }
        if (form.AttemptLimit is < 1 or > 20)
        {
            outcome.Add("AttemptLimit", text["Số lượt làm bài phải từ 1 đến 20."]);
        }
        if (form.ValidityMonths is < 1 or > 120)
        {
            outcome.Add("ValidityMonths", text["Thời hạn chứng nhận phải từ 1 đến 120 tháng."]);
        }
        if (form.Positions == PositionSet.None || (form.Positions & ~PositionSet.Everyone) != 0)
        {
            outcome.Add("Positions", text["Hãy chọn ít nhất một vị trí việc làm."]);
        }
        var lessons = await library.ChoicesAsync(form.LessonIds.Distinct().ToList(), cancellationToken);
        if (lessons.Count != form.LessonIds.Count || form.LessonIds.Distinct().Count() != form.LessonIds.Count)
        {
            outcome.Add("LessonIds", text["Có bài học không tồn tại, chưa xuất bản hoặc bị chọn hai lần."]);
        }
        if (form.RefresherCourseId is { } refresher && (await RefresherChoicesAsync(caller, version.CourseId, cancellationToken)).All(c => c.Id != refresher))
        {
            outcome.Add("RefresherCourseId", text["Khoá bồi dưỡng lại phải là một khoá học khác đã ban hành trong phạm vi của bạn."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        version.Title = form.Title!.Trim();
        version.Description = form.Description?.Trim() ?? "";
        version.PassMark = form.PassMark;
        version.AttemptLimit = form.AttemptLimit;
        version.ValidityMonths = form.ValidityMonths;
        version.Positions = form.Positions;
        version.Levels = form.Levels & SchoolLevelSets.Combine(SchoolLevelSets.Each);
        version.UpdatedAt = clock.GetUtcNow();
        db.RemoveRange(version.Lessons);
        version.Lessons = form.LessonIds.Select((id, index) => new CourseLesson { Order = index + 1, LessonId = id }).ToList();
        // The refresher is the course's, not the draft's: it takes effect at once for everyone.
        var refresherChanged = version.Course!.RefresherCourseId != form.RefresherCourseId;
        version.Course.RefresherCourseId = form.RefresherCourseId;
        await db.SaveChangesAsync(cancellationToken);
        if (refresherChanged)
        {
            await cache.EvictAsync(PublishedCourses.Tag, cancellationToken);
        }
        return Outcome.Success;
    }

    public async Task<Outcome> PublishAsync(CallerScope caller, int versionId, CancellationToken cancellationToken)
    {
        var version = await DraftAsync(caller, versionId, cancellationToken);
        if (version is null)
        {
            return NotADraft();
        }
        var questions = await db.Questions.Where(q => q.CourseVersionId == versionId).CountAsync(cancellationToken);
        if (questions == 0)
        {
            return Outcome.Fail("", text["Hãy soạn ít nhất một câu hỏi trước khi ban hành."]);
        }
        var lessons = version.Lessons.Select(l => l.LessonId).ToList();
        if ((await library.ChoicesAsync(lessons, cancellationToken)).Count != lessons.Count)
        {
            return Outcome.Fail("", text["Có bài học của khoá không còn được xuất bản; hãy chọn lại bài học."]);
        }
        version.State = CourseVersionState.Published;
        version.PublishedAt = version.UpdatedAt = clock.GetUtcNow();
        version.PublishedById = caller.PersonId;
        await audit.SaveAuditedAsync(db, [new AuditEntry(CourseAuditKinds.VersionPublished, caller.PersonId, null, version.Course!.OrganizationId,
            $"course {version.CourseId} version {version.Number}")], cancellationToken);
        await cache.EvictAsync(PublishedCourses.Tag, cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The course's draft, or a new one copied from its last published version.</summary>
    public async Task<(Outcome Outcome, int? DraftId)> NewVersionAsync(CallerScope caller, int courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Versions).ThenInclude(v => v.Lessons)
            .Include(c => c.Versions).ThenInclude(v => v.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == courseId && c.OwnerPath.StartsWith(caller.RootPath), cancellationToken);
        if (course is null)
        {
            return (Outcome.Fail("", text["Không tìm thấy khoá học này trong phạm vi của bạn."]), null);
        }
        if (course.Versions.FirstOrDefault(v => !v.IsPublished) is { } existing)
        {
            return (Outcome.Success, existing.Id);
        }
        var last = course.Versions.OrderBy(v => v.Number).Last();
        var draft = new CourseVersion
        {
            Number = last.Number + 1,
            Title = last.Title,
            Description = last.Description,
            PassMark = last.PassMark,
            AttemptLimit = last.AttemptLimit,
            ValidityMonths = last.ValidityMonths,
            Positions = last.Positions,
            Levels = last.Levels,
            UpdatedAt = clock.GetUtcNow(),
            Lessons = last.Lessons.Select(l => new CourseLesson { Order = l.Order, LessonId = l.LessonId }).ToList(),
            Questions = last.Questions.Select(q => new Question
            {
                Order = q.Order,
                Kind = q.Kind,
                Text = q.Text,
                Explanation = q.Explanation,
                Options = q.Options.Select(o => new QuestionOption { Order = o.Order, Text = o.Text, IsCorrect = o.IsCorrect }).ToList(),
            }).ToList(),
        };
        course.Versions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (Outcome.Success, draft.Id);
    }

    public async Task<Outcome> SaveQuestionAsync(CallerScope caller, int versionId, int? questionId, QuestionForm form, CancellationToken cancellationToken)
    {
        var version = await DraftAsync(caller, versionId, cancellationToken);
        if (version is null)
        {
            return NotADraft();
        }
        var question = questionId is null ? null : await db.Questions.Include(q => q.Options).FirstOrDefaultAsync(q => q.Id == questionId && q.CourseVersionId == versionId, cancellationToken);
        if (questionId is not null && question is null)
        {
            return Outcome.Fail("", text["Không tìm thấy câu hỏi này trong bản nháp."]);
        }
        var options = form.Kind == QuestionKind.TrueFalse ? [text["Đúng"].Value, text["Sai"].Value] : form.Options.Select(o => o?.Trim() ?? "").ToList();
        var outcome = QuestionRules.Check(form, options, text);
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        if (question is null)
        {
            question = new Question { CourseVersionId = versionId, Text = "", Order = 1 + (await db.Questions.Where(q => q.CourseVersionId == versionId).MaxAsync(q => (int?)q.Order, cancellationToken) ?? 0) };
            db.Questions.Add(question);
        }
        question.Kind = form.Kind;
        question.Text = form.Text!.Trim();
        question.Explanation = form.Explanation?.Trim() ?? "";
        db.RemoveRange(question.Options);
        question.Options = options.Select((o, i) => (Text: o, Index: i)).Where(o => o.Text.Length > 0)
            .Select((o, order) => new QuestionOption { Order = order + 1, Text = o.Text, IsCorrect = form.Correct.Contains(o.Index) }).ToList();
        version.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    public async Task<Outcome> DeleteQuestionAsync(CallerScope caller, int versionId, int questionId, CancellationToken cancellationToken)
    {
        if (await DraftAsync(caller, versionId, cancellationToken) is null)
        {
            return NotADraft();
        }
        var deleted = await db.Questions.Where(q => q.Id == questionId && q.CourseVersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Outcome.Fail("", text["Không tìm thấy câu hỏi này trong bản nháp."]) : Outcome.Success;
    }

    private Task<CourseVersion?> DraftAsync(CallerScope caller, int versionId, CancellationToken cancellationToken) =>
        db.CourseVersions.Include(v => v.Course).Include(v => v.Lessons)
            .FirstOrDefaultAsync(v => v.Id == versionId && v.State == CourseVersionState.Draft && v.Course!.OwnerPath.StartsWith(caller.RootPath), cancellationToken);

    private Outcome NotADraft() => Outcome.Fail("", text["Chỉ sửa được bản nháp của khoá học trong phạm vi của bạn; phiên bản đã ban hành không thay đổi."]);
}
