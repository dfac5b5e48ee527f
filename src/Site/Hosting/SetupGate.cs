using ChildSafety.Core.Data;

namespace ChildSafety.Site.Hosting;

/// <summary>
/// Until the site has an administrator every page leads to the setup screen, as Orchard Core's setup does, so that
/// a production site never runs half-configured.
/// </summary>
internal sealed class SetupGate(RequestDelegate next, SetupState state)
{
    public async Task InvokeAsync(HttpContext context, CoreDbContext db)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/setup") || path.StartsWithSegments("/health") || path.StartsWithSegments("/_content")
            || path.StartsWithSegments("/error") || path.StartsWithSegments("/culture")
            || await state.IsCompleteAsync(db, context.RequestAborted))
        {
            await next(context);
            return;
        }
        context.Response.Redirect("/setup");
    }
}
