using ChildSafety.Core;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Site;
using ChildSafety.Site.Roster;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Tests.Roster;

/// <summary>The site's real localizers; with no translation for a key they show the Vietnamese key itself, as the site does.</summary>
internal static class TestText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<SiteText> Site { get; } = new StringLocalizer<SiteText>(Factory);

    public static IStringLocalizer<CoreText> Core { get; } = new StringLocalizer<CoreText>(Factory);

    public static RosterReader Reader() => new(new SheetReader(Core, NullLogger<SheetReader>.Instance), Site);
}
