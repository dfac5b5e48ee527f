using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace ChildSafety.Training.Audit.Exports;

/// <summary>
/// "/audit/export.xlsx" and "/audit/export.csv": any audit table (table=overview|indicator|entries|behind, with key
/// for the indicator ones), for the same org and year as the page it was downloaded from, streamed to the response.
/// </summary>
public static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/audit/export.{format:regex(^(xlsx|csv)$)}", ExportAsync)
            .RequireAuthorization(TrainingPermissions.ViewAudit.PolicyName);

    private static async Task ExportAsync(
        string format, string? table, string? key, int? org, string? year, HttpContext http, ClaimsPrincipal user,
        AuditRequests requests, AuditTables tables, IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        var request = await requests.OpenAsync(user, org, year, cancellationToken);
        if (!request.IsOpen)
        {
            http.Response.StatusCode = request.Answer switch
            {
                AuditAnswer.BadYear => StatusCodes.Status400BadRequest,
                AuditAnswer.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status403Forbidden,
            };
            await http.Response.WriteAsync(request.Answer == AuditAnswer.BadYear ? text["Năm học phải có dạng 2026-2027."] : "", cancellationToken);
            return;
        }
        var built = await tables.BuildAsync(table, key, request.Tree!, request.Period!, cancellationToken);
        if (built is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var fileName = $"chi-tieu-{table ?? AuditTables.Overview}-{request.Tree!.Root.Id}-{request.Period!.Year}.{format}";
        http.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        if (format == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await TableExports.WriteCsvAsync(built, http.Response.Body, cancellationToken);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            await TableExports.WriteXlsxAsync(built, http.Response.Body, cancellationToken);
        }
    }
}
