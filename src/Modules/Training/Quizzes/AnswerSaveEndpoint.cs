using System.Security.Claims;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// The attempt page's background save (quiz-attempt.js): one answer in, 204 once it is committed, or 400 with
/// <c>{ "errors": [...] }</c>, the localized reasons it was refused. Ten of a quiz's sixteen requests are these saves,
/// and a page handler would build the page model with its whole graph and run the page pipeline for a reply with no
/// page. Form-bound, so the page's antiforgery token is checked; without JavaScript the same form posts to the page.
/// The attempt was started behind the code-of-conduct gate, so the gate has nothing to ask here.
/// </summary>
internal static class AnswerSaveEndpoint
{
    public static string PathOf(long attemptId) => $"/training/attempts/{attemptId}/answers";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/training/attempts/{id:long}/answers", SaveAsync).RequireAuthorization(TrainingPermissions.TakeTraining.PolicyName);

    private static async Task<Results<NoContent, NotFound, JsonHttpResult<Refusal>>> SaveAsync(
        long id, [FromForm] int questionId, [FromForm] int[]? selected, ClaimsPrincipal user, QuizAnswers answers, CancellationToken cancellationToken)
    {
        if (PersonClaims.IdOf(user) is not { } personId)
        {
            return TypedResults.NotFound();
        }
        var (outcome, place) = await answers.SaveAsync(personId, id, questionId, selected ?? [], cancellationToken);
        return place is not null
            ? TypedResults.NoContent()
            : TypedResults.Json(new Refusal(outcome.Errors.Select(e => e.Value).ToList()), statusCode: StatusCodes.Status400BadRequest);
    }

    internal sealed record Refusal(IReadOnlyList<string> Errors);
}
