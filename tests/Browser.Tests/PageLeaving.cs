using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// Takes an action that moves the page on — to another document, or to another address of the same one, as the
/// quiz's background save does with history.replaceState — and waits until it has arrived. The wait is set up before
/// the action: Playwright for .NET's WaitForURLAsync reads the page's address and only then listens for navigations,
/// and a navigation delivered between the two (by the thread that delivers Playwright's events) is lost; the wait
/// then times out on a page that arrived long ago (microsoft/playwright-dotnet#3364). With two journeys taking the
/// quiz side by side, each with its site in this process, the window was wide enough to fail about one run in eight.
/// </summary>
public static class PageLeaving
{
    /// <summary>Waits for an address <paramref name="arrived"/> accepts, by default any other than the one left.</summary>
    public static async Task LeaveAsync(this IPage page, Func<Task> action, Func<string, bool>? arrived = null)
    {
        var before = page.Url;
        var leaving = page.WaitForURLAsync(arrived ?? (url => url != before));
        await action();
        await leaving;
    }
}
