using System.Text.Json;
using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// axe-core, installed from npm by ./test.sh, run inside the page as a screen-reader user's advocate would: it
/// reports what breaks WCAG 2.1 A/AA, and we keep the serious and critical findings.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "axe-core", "axe.min.js")));

    /// <summary>The serious and critical violations on the page as it is now, one line each with the elements at fault.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return result.EnumerateArray().Select(v => $"{new Uri(page.Url).PathAndQuery}: {v.GetString()}").ToList();
    }
}
