using System.Security.Claims;
using ChildSafety.Training.Audit.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Api;

/// <summary>
/// The read-only JSON API of the audit, for the signed-in browser (cookie): 401 without a session, 403 without the
/// audit permission or for an organization outside the caller's subtree, 404 for an organization that does not
/// exist, 400 for a school year not written "2026-2027". Its contract is <c>openapi.json</c> beside this file.
/// </summary>
public static class AuditApi
{
    public const string Prefix = "/api/v1";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapGet("/organizations", OrganizationsAsync);
        api.MapGet("/indicators", IndicatorsAsync);
        api.MapGet("/openapi.json", () => Results.Stream(OpenApiDocument(), "application/json"));
    }

    public static Stream OpenApiDocument() =>
        typeof(AuditApi).Assembly.GetManifestResourceStream("ChildSafety.Training.Audit.Api.openapi.json")
        ?? throw new InvalidOperationException("The OpenAPI document is not embedded.");

    private static async Task<Results<Ok<IReadOnlyList<OrganizationJson>>, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> OrganizationsAsync(
        ClaimsPrincipal user, AuditRequests requests, IAuthorizationService authorization, IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        var request = await OpenAsync(user, null, null, requests, authorization, cancellationToken);
        if (!request.IsOpen)
        {
            return Refusal<IReadOnlyList<OrganizationJson>>(request.Answer, text);
        }
        IReadOnlyList<OrganizationJson> organizations = request.Tree!.Units
            .OrderBy(u => u.Path.Count(c => c == '/')).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new OrganizationJson(u.Id, u.Name, u.Kind.ToString().ToLowerInvariant(), u.ParentId))
            .ToList();
        return TypedResults.Ok(organizations);
    }

    private static async Task<Results<Ok<IndicatorsJson>, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> IndicatorsAsync(
        int? org, string? year, ClaimsPrincipal user, AuditRequests requests, AuditIndicators indicators, IAuthorizationService authorization,
        IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        var request = await OpenAsync(user, org, year, requests, authorization, cancellationToken);
        if (!request.IsOpen)
        {
            return Refusal<IndicatorsJson>(request.Answer, text);
        }
        var computed = await indicators.ComputeAsync(request.Tree!, request.Period!, cancellationToken);
        return TypedResults.Ok(new IndicatorsJson(computed.Select(c =>
        {
            var figure = c.Figures.Within(request.Tree!, request.Tree!.Root);
            return new IndicatorJson(c.Indicator.Key, text[c.Indicator.Title], figure.Numerator, figure.Denominator);
        }).ToList()));
    }

    private static async Task<AuditRequest> OpenAsync(ClaimsPrincipal user, int? org, string? year, AuditRequests requests, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return new AuditRequest(AuditAnswer.NotSignedIn);
        }
        if (!(await authorization.AuthorizeAsync(user, TrainingPermissions.ViewAudit.PolicyName)).Succeeded)
        {
            return new AuditRequest(AuditAnswer.Forbidden);
        }
        return await requests.OpenAsync(user, org, year, cancellationToken);
    }

    private static Results<Ok<T>, ProblemHttpResult, UnauthorizedHttpResult, NotFound> Refusal<T>(AuditAnswer answer, IStringLocalizer<TrainingText> text) => answer switch
    {
        AuditAnswer.NotSignedIn => TypedResults.Unauthorized(),
        AuditAnswer.NotFound => TypedResults.NotFound(),
        AuditAnswer.BadYear => TypedResults.Problem(text["Năm học phải có dạng 2026-2027."], statusCode: StatusCodes.Status400BadRequest),
        _ => TypedResults.Problem(text["Đơn vị này nằm ngoài phạm vi của bạn."], statusCode: StatusCodes.Status403Forbidden),
    };
}
