using ChildSafety.Core.Content;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>
/// Writing a draft version: title, lessons in order, rules, audience and refresher, with its question bank below.
/// Lessons are picked in numbered lists so that ordering works without JavaScript.
/// </summary>
public sealed class EditModel(CallerScopeAccessor scopes, CourseCatalog catalog, ILessonLibrary library, IStringLocalizer<TrainingText> text) : PageModel
{
    /// <summary>Empty lesson pickers shown after the chosen ones, so a lesson can be added without JavaScript.</summary>
    public const int SpareLessons = 3;

    public static readonly IReadOnlyList<(SchoolLevelSet Level, string Name)> LevelNames =
    [
        (SchoolLevelSet.Preschool, "Mầm non"),
        (SchoolLevelSet.Primary, "Tiểu học"),
        (SchoolLevelSet.LowerSecondary, "Trung học cơ sở"),
        (SchoolLevelSet.UpperSecondary, "Trung học phổ thông"),
        (SchoolLevelSet.MultiLevel, "Liên cấp"),
    ];

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int PassMark { get; set; }

    [BindProperty]
    public int AttemptLimit { get; set; }

    [BindProperty]
    public int ValidityMonths { get; set; }

    [BindProperty]
    public List<PositionSet> Positions { get; set; } = [];

    [BindProperty]
    public List<SchoolLevelSet> Levels { get; set; } = [];

    [BindProperty]
    public List<Guid?> LessonIds { get; set; } = [];

    [BindProperty]
    public int? RefresherCourseId { get; set; }

    public CourseVersion? Version { get; private set; }

    public IReadOnlyList<LessonChoice> Lessons { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title)> Refreshers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Version = caller is null ? null : await catalog.FindVersionAsync(caller, Id, cancellationToken);
        if (Version is null)
        {
            return NotFound();
        }
        if (Version.IsPublished)
        {
            return RedirectToPage("Index");
        }
        Title = Version.Title;
        Description = Version.Description;
        PassMark = Version.PassMark;
        AttemptLimit = Version.AttemptLimit;
        ValidityMonths = Version.ValidityMonths;
        Positions = [.. new[] { PositionSet.Managers, PositionSet.Teachers, PositionSet.Staff }.Where(p => Version.Positions.HasFlag(p))];
        Levels = [.. SchoolLevelSets.Each.Where(l => Version.Levels.HasFlag(l))];
        LessonIds = [.. Version.Lessons.Select(l => (Guid?)l.LessonId)];
        RefresherCourseId = Version.Course!.RefresherCourseId;
        await LoadChoicesAsync(caller!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var form = new CourseForm(
            Title,
            Description,
            PassMark,
            AttemptLimit,
            ValidityMonths,
            Positions.Aggregate(PositionSet.None, (set, p) => set | p),
            SchoolLevelSets.Combine(Levels),
            LessonIds.OfType<Guid>().ToList(),
            RefresherCourseId);
        var outcome = ModelState.IsValid ? await catalog.SaveDraftAsync(caller, Id, form, cancellationToken) : null;
        if (outcome is { Succeeded: true })
        {
            TempData["Status"] = text["Đã lưu bản nháp."].Value;
            return RedirectToPage("Edit", new { Id });
        }
        Version = await catalog.FindVersionAsync(caller, Id, cancellationToken);
        if (Version is null)
        {
            return NotFound();
        }
        if (outcome is not null)
        {
            ModelState.AddOutcome(outcome);
        }
        await LoadChoicesAsync(caller, cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Lessons = await library.ListAsync(cancellationToken);
        Refreshers = await catalog.RefresherChoicesAsync(caller, Version!.CourseId, cancellationToken);
    }
}
