using ChildSafety.Site;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Tests.Roster;

/// <summary>The site's real localizer; with no translation for a key it shows the Vietnamese key itself, as the site does.</summary>
internal static class TestText
{
    public static IStringLocalizer<SiteText> Site { get; } = new StringLocalizer<SiteText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
