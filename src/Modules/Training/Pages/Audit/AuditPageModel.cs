using ChildSafety.Core.Text;
using ChildSafety.Training.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Audit;

/// <summary>What every audit page shares: the "org" and "year" it was asked for, opened into a subtree and a period.</summary>
public abstract class AuditPageModel(AuditRequests requests, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public AuditTree Tree { get; private set; } = null!;

    public AuditPeriod Period { get; private set; } = null!;

    public IReadOnlyList<SchoolYear> Years => requests.Years();

    protected IStringLocalizer<TrainingText> Text => text;

    /// <summary>Null when the request is open; otherwise the page's answer (400 with a message, 403, 404).</summary>
    protected async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        var request = await requests.OpenAsync(User, Org, Year, cancellationToken);
        switch (request.Answer)
        {
            case AuditAnswer.Open:
                Tree = request.Tree!;
                Period = request.Period!;
                return null;
            case AuditAnswer.BadYear:
                return BadRequest(text["Năm học phải có dạng 2026-2027."].Value);
            case AuditAnswer.NotFound:
                return NotFound();
            default:
                return Forbid();
        }
    }

    /// <summary>Query values that keep the page's org and year on a link.</summary>
    public Dictionary<string, string?> Keep(params (string Key, string? Value)[] more)
    {
        var values = new Dictionary<string, string?> { ["org"] = Tree.Root.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["year"] = Period.Year.ToString() };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }
        return values;
    }
}
