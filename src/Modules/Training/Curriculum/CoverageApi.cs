using System.Security.Claims;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// <c>GET /api/v1/coverage?org=&amp;year=</c>: a school's topic × grade status, or for an office the roll-up over its
/// schools (per cell the number of schools teaching the grade, and how many planned and taught the topic). An
/// organization outside the caller's subtree is answered as if it did not exist (404), like the pages; bad parameters get
/// a problem document (RFC 9457) like the audit API.
/// </summary>
public static class CoverageApi
{
    public static void MapCoverageApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/coverage", GetAsync).RequireAuthorization();

    private static async Task<Results<Ok<CoverageDocument>, NotFound, ProblemHttpResult>> GetAsync(
        string? org, string? year, ClaimsPrincipal user, CurriculumPlaces places, CoverageReport report, TimeProvider clock,
        IStringLocalizer<TrainingText> text, IStringLocalizer<Core.CoreText> coreText, CancellationToken cancellationToken)
    {
        int? organizationId = null;
        if (!string.IsNullOrEmpty(org))
        {
            if (!int.TryParse(org, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return TypedResults.Problem(text["Tham số org phải là mã số của một đơn vị."], statusCode: StatusCodes.Status400BadRequest);
            }
            organizationId = id;
        }
        var schoolYear = SchoolYear.Current(clock);
        if (!string.IsNullOrEmpty(year) && !SchoolYear.TryParse(year, out schoolYear))
        {
            return TypedResults.Problem(text["Năm học “{0}” không hợp lệ; hãy ghi dạng 2026-2027.", year], statusCode: StatusCodes.Status400BadRequest);
        }
        if (await places.FindAsync(user, organizationId, cancellationToken) is not { } place)
        {
            return TypedResults.NotFound();
        }
        if (place.IsSchool)
        {
            var matrix = await report.ForSchoolAsync(place.Organization, schoolYear, cancellationToken);
            return TypedResults.Ok(new CoverageDocument(place.Organization.Id, schoolYear.ToString(), "school",
                [.. matrix.Rows.Select(r => new CoverageDocumentRow(r.Topic.Code, r.Topic.Title,
                    [.. r.Cells.Select(c => new CoverageDocumentCell(Grades.Code(c.Grade), c.Status.ToString().ToLowerInvariant(), null, null, null))]))]));
        }
        var rollup = await report.ForOfficeAsync(place.Organization, schoolYear, cancellationToken);
        return TypedResults.Ok(new CoverageDocument(place.Organization.Id, schoolYear.ToString(), "rollup",
            [.. rollup.Rows.Select(r => new CoverageDocumentRow(r.Topic.Code, r.Topic.Title,
                [.. r.Cells.Select(c => new CoverageDocumentCell(Grades.Code(c.Grade), null, c.Schools, c.Planned, c.Taught))]))]));
    }
}
