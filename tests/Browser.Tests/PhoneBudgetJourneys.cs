using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// What a teacher's phone downloads for the pages they open most: under 200 KB before images, and no script that
/// blocks the first paint. Measured from Chromium's own network accounting at 390 × 844.
/// </summary>
public sealed class PhoneBudgetJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const long BudgetBytes = 200 * 1024;

    [Fact]
    public async Task The_home_page_and_a_lesson_stay_within_the_phone_budget()
    {
        var page = await site.OpenAsync(width: 390, height: 844);
        await page.GotoAsync("/lessons");
        var lesson = await page.Locator("a[href^='/lessons/']").First.GetAttributeAsync("href") ?? throw new InvalidOperationException("No lesson listed.");
        await page.Context.CloseAsync();

        foreach (var path in new[] { "/", lesson })
        {
            var fresh = await site.OpenAsync(width: 390, height: 844);
            var (bytes, blocking) = await MeasureAsync(fresh, path);
            Assert.True(bytes < BudgetBytes, $"{path} transferred {bytes:N0} bytes before images; the budget is {BudgetBytes:N0}.");
            Assert.True(blocking == 0, $"{path} has {blocking} render-blocking script(s) in its head.");
            await fresh.Context.CloseAsync();
        }
    }

    private static async Task<(long Bytes, int BlockingScripts)> MeasureAsync(IPage page, string path)
    {
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => finished.Add(request);
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        long bytes = 0;
        foreach (var request in finished.Where(r => r.ResourceType is not ("image" or "media")))
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        var blocking = await page.EvaluateAsync<int>(
            "() => document.head.querySelectorAll('script:not([async]):not([defer]):not([type=module])').length");
        return (bytes, blocking);
    }
}
