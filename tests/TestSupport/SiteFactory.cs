using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ChildSafety.TestSupport;

/// <summary>The real site's own Program, started with the settings a test server gives it.</summary>
internal sealed class SiteFactory(IReadOnlyDictionary<string, string?> settings, UnhandledErrors errors) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as a school would run it: the error page, not the developer exception page.
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.AddProvider(errors.CreateProvider()));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
