using System.Net;

namespace ChildSafety.Bench.QuizLoad;

/// <summary>
/// One person's browser: its own cookies, redirects seen rather than followed (so that a save is timed alone and the
/// page it leads to is loaded as the browser would load it next), and the antiforgery token of the last page read.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient client;

    public Browser(Uri site)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        client = new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string? Token { get; private set; }

    public async Task<Reply> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<Reply> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var form = fields.Append(new("__RequestVerificationToken", Token ?? ""));
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(path, content, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public void Dispose() => client.Dispose();

    private async Task<Reply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (PageText.Token(html) is { } token)
        {
            Token = token;
        }
        return new Reply((int)response.StatusCode, response.Headers.Location?.OriginalString, html);
    }
}
