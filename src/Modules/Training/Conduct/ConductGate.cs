using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Sends a signed-in person who has not accepted the code in force to /conduct before any other page. Signing in
/// and out, the conduct page itself, the language switch and error pages stay reachable. Someone found to have
/// accepted it passes without a query for a while (<see cref="ConductClearances"/>). One gate serves every request:
/// what it needs from the request's scope is resolved only when it has to ask, not on each of the many requests it
/// lets straight through.
/// </summary>
internal sealed class ConductGate(ConductClearances clearances) : IAsyncPageFilter
{
    private static readonly string[] OpenPages = ["/Conduct/", "/Account/", "/Error", "/Culture", "/Setup/", "/My/Profile", "/Commitment/", "/Verify/"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (http.User.Identity?.IsAuthenticated != true || OpenPages.Any(p => page.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next();
            return;
        }
        if (PersonClaims.IdOf(http.User) is { } personId && clearances.IsCleared(personId))
        {
            await next();
            return;
        }
        var caller = await http.RequestServices.GetRequiredService<CallerScopeAccessor>().GetAsync(http.User, http.RequestAborted);
        if (caller is not null)
        {
            var status = await http.RequestServices.GetRequiredService<ConductAcknowledgments>().StatusAsync(caller.PersonId, caller.OrganizationPath, caller.Position, http.RequestAborted);
            if (status.MustAnswer)
            {
                var returnUrl = http.Request.Path + http.Request.QueryString;
                context.Result = new RedirectResult($"/conduct?returnUrl={Uri.EscapeDataString(returnUrl)}");
                return;
            }
            if (status.Answer == AcknowledgmentDecision.Accepted)
            {
                clearances.Remember(caller.PersonId);
            }
        }
        await next();
    }
}
