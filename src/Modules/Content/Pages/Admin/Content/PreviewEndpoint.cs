using ChildSafety.Content.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ChildSafety.Content.Pages.Admin.Content;

/// <summary>
/// The live preview's server half: Markdown in, sanitized HTML out, exactly as publishing would render it. Form-bound,
/// so the antiforgery token of the edit form is checked.
/// </summary>
internal static class PreviewEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/content/preview", Render).RequireAuthorization(ContentPermissions.EditContent.PolicyName);

    private static Ok<PreviewResult> Render([FromForm] string? body, MarkdownRenderer renderer) =>
        TypedResults.Ok(new PreviewResult(renderer.Render(body)));

    internal sealed record PreviewResult(string Html);
}
