using ChildSafety.Core.Data;

namespace ChildSafety.Site.Hosting;

/// <summary>
/// Until the site has an administrator every page leads to the setup screen, as Orchard Core's setup does, so that
/// a production site never runs half-configured. Once it is configured, no request rents a database context here.
/// </summary>
internal sealed class SetupGate(RequestDelegate next, SetupState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (state.IsKnownComplete || path.StartsWithSegments("/setup") || path.StartsWithSegments("/health") || path.StartsWithSegments("/_content")
            || path.StartsWithSegments("/error") || path.StartsWithSegments("/culture")
            || await state.IsCompleteAsync(context.RequestServices.GetRequiredService<CoreDbContext>(), context.RequestAborted))
        {
            await next(context);
            return;
        }
        context.Response.Redirect("/setup");
    }
}
