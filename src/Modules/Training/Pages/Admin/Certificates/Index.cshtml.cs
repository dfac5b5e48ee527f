using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Admin.Certificates;

/// <summary>The certificates issued in the caller's subtree, by serial, course, status and organization.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, ChildSafety.Training.Certificates.Certificates certificates, MemberDirectory directory, TrainingDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Serial { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? CourseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CertificateStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<CertificateView> Certificates { get; private set; } = new([], Paging.Of(1, ChildSafety.Training.Certificates.Certificates.PageSize, 0));

    public IReadOnlyList<(int Id, string Title)> Courses { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name, string Path)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Certificates = await certificates.InScopeAsync(caller, new CertificateFilter(Serial, CourseId, Status, OrganizationId), PageNumber, cancellationToken);
        Organizations = await directory.OrganizationsUnderAsync(caller.RootPath, cancellationToken);
        // Certificates in scope may be for courses owned above the caller, so every published course is a choice.
        Courses = await db.PublishedCourseTitlesAsync(cancellationToken);
        return Page();
    }
}
