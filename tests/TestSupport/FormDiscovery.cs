using System.Text.RegularExpressions;

namespace ChildSafety.TestSupport;

/// <summary>
/// Every POST form a signed-in account can reach: each page the site maps is opened — pages with route parameters
/// at an address found in the links of the other pages — and the forms on it are read. New pages and forms of any
/// module are found without being listed.
/// </summary>
public static partial class FormDiscovery
{
    public static async Task<IReadOnlyList<(SiteEndpoint Endpoint, HtmlForm Form)>> FindAsync(SiteServer server, SiteClient client)
    {
        var endpoints = (await SiteEndpoints.AllAsync(server)).Where(e => e.IsPage && e.Methods.Contains("GET")).ToList();
        var pages = new Dictionary<SiteEndpoint, Page>();
        foreach (var endpoint in endpoints.Where(e => !e.HasParameters))
        {
            pages[endpoint] = await client.GetAsync("/" + endpoint.Pattern);
        }
        var links = pages.Values.SelectMany(p => Links().Matches(p.Html).Select(m => m.Groups[1].Value.ToLowerInvariant())).Distinct().ToList();
        foreach (var endpoint in endpoints.Where(e => e.HasParameters))
        {
            var route = new Regex("^/" + Parameter().Replace(Regex.Escape(endpoint.Pattern).Replace(@"\{", "{", StringComparison.Ordinal), "[^/?#]+") + "$");
            if (links.FirstOrDefault(l => route.IsMatch(l.Split('?')[0])) is { } address)
            {
                pages[endpoint] = await client.GetAsync(address);
            }
        }
        return [.. pages
            .SelectMany(p => HtmlForm.PostFormsOf(p.Value).Select(form => (Endpoint: p.Key, Form: form)))
            .DistinctBy(f => f.Form.Action)];
    }

    [GeneratedRegex(@"href=""(/[^""#]*)""")]
    private static partial Regex Links();

    [GeneratedRegex(@"\{[^/]*?\}\??")]
    private static partial Regex Parameter();
}
