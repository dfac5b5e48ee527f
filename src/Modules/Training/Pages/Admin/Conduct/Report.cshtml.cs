using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>Who accepted, declined or has not answered a published version, by organization and position; printable and exportable.</summary>
public sealed class ReportModel(CallerScopeAccessor scopes, ConductReport report, CoreDbContext core, IStringLocalizer<TrainingText> text) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public Position? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public ConductVersion? Version { get; private set; }

    public IReadOnlyList<ConductReportRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Accepted { get; private set; }

    public int Declined { get; private set; }

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public IReadOnlyList<(int Id, string Name)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var result = caller is null ? null : await report.ForAsync(caller, Id, new ConductReportFilter(Org, Position, Status), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }
        (Version, var rows) = result.Value;
        Total = rows.Count;
        Accepted = rows.Count(r => r.Answer == AcknowledgmentDecision.Accepted);
        Declined = rows.Count(r => r.Answer == AcknowledgmentDecision.Declined);
        Paging = Paging.Of(PageNumber, PageSize, Total);
        Rows = rows.Skip(Paging.Skip).Take(PageSize).ToList();
        Organizations = await core.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Path.StartsWith(caller!.RootPath) && (o.Kind == OrganizationKind.School || o.Kind == OrganizationKind.Centre))
            .OrderBy(o => o.Name)
            .Select(o => new ValueTuple<int, string>(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var result = caller is null ? null : await report.ForAsync(caller, Id, new ConductReportFilter(Org, Position, Status), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }
        IEnumerable<string?>[] heading = [[text["Họ và tên"], "E-mail", text["Đơn vị"], text["Chức vụ"], text["Trả lời"], text["Hình thức"], text["Thời điểm"]]];
        var rows = result.Value.Rows.Select(row => (IEnumerable<string?>)[row.FullName, row.Email, row.Organization, PositionName(row.Position),
            AnswerName(row.Answer), MethodName(row.Method),
            row.At is { } at ? VietnamTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : ""]);
        return File(SafeCsv.Document(heading.Concat(rows)), "text/csv; charset=utf-8",
            $"xac-nhan-quy-tac-phien-ban-{result.Value.Version.Number}.csv");
    }

    public string PositionName(Position position) => position switch
    {
        Core.People.Position.Manager => text["Cán bộ quản lý"],
        Core.People.Position.Teacher => text["Giáo viên"],
        _ => text["Nhân viên"],
    };

    public string AnswerName(AcknowledgmentDecision? answer) => answer switch
    {
        AcknowledgmentDecision.Accepted => text["Đã xác nhận"],
        AcknowledgmentDecision.Declined => text["Chưa đồng ý"],
        _ => text["Chưa trả lời"],
    };

    public string MethodName(AcknowledgmentMethod? method) => method switch
    {
        AcknowledgmentMethod.Online => text["Trực tuyến"],
        AcknowledgmentMethod.Paper => text["Ký giấy"],
        _ => "",
    };
}
