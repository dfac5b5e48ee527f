using ChildSafety.Core.Modules;
using ChildSafety.Site.Security;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Hosting;

public static class Pipeline
{
    public static WebApplication UseChildSafety(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<SetupGate>();
        app.UseAntiforgery();
        // After authentication, so that the default policy never caches what a signed-in person sees.
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapChildSafety(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<IModule>>())
        {
            module.MapEndpoints(app);
        }
        return app;
    }
}
