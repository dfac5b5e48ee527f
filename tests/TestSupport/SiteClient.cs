using System.Net;

namespace ChildSafety.TestSupport;

/// <summary>
/// A browser without JavaScript: keeps cookies, follows redirects, and posts forms with the antiforgery token the
/// page gave it.
/// </summary>
public sealed class SiteClient : IDisposable
{
    public const string AuthCookie = "childsafety.auth";

    private readonly CookieContainer _cookies;
    private readonly HttpClient _following;
    private readonly HttpClient _raw;

    public SiteClient(Uri baseAddress)
        : this(baseAddress, new CookieContainer())
    {
    }

    private SiteClient(Uri baseAddress, CookieContainer cookies)
    {
        BaseAddress = baseAddress;
        _cookies = cookies;
        _following = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = true }) { BaseAddress = baseAddress };
        _raw = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// The same browser, with the same cookies, talking to another instance of the site, as a load balancer without
    /// sticky sessions sends one person's requests to any instance.
    /// </summary>
    public SiteClient At(Uri otherInstance) => new(otherInstance, _cookies);

    /// <summary>Requests without following redirects, to look at a status or a Location header.</summary>
    public HttpClient Raw => _raw;

    public bool HasCookie(string name) => _cookies.GetCookies(BaseAddress).Any(c => c.Name == name && !c.Expired);

    public bool IsSignedIn => HasCookie(AuthCookie);

    public async Task<Page> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await _following.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>Opens <paramref name="pagePath"/>, then submits its form with the given fields and the page's antiforgery token.</summary>
    public async Task<Page> SubmitAsync(string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? action = null, CancellationToken cancellationToken = default)
    {
        var page = await GetAsync(pagePath, cancellationToken);
        return await PostAsync(action ?? page.Url.PathAndQuery, page.AntiforgeryToken(), fields, cancellationToken);
    }

    public Task<Page> SubmitAsync(string pagePath, params (string Name, string Value)[] fields) =>
        SubmitAsync(pagePath, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    /// <summary>Posts fields to an address with a token already taken from a page.</summary>
    public Task<Page> PostAsync(string action, string antiforgeryToken, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default) =>
        PostWithoutTokenAsync(action, [.. fields, KeyValuePair.Create("__RequestVerificationToken", antiforgeryToken)], cancellationToken);

    /// <summary>Posts fields as a form that carries no antiforgery token would, or as a forged request.</summary>
    public async Task<Page> PostWithoutTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _following.PostAsync(new Uri(action, UriKind.Relative), content, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>Opens <paramref name="pagePath"/> and submits its upload form with one file and any other fields, as a browser sends it.</summary>
    public async Task<Page> UploadAsync(
        string pagePath, string field, string fileName, byte[] content, string contentType,
        IEnumerable<KeyValuePair<string, string>>? fields = null, CancellationToken cancellationToken = default)
    {
        var page = await GetAsync(pagePath, cancellationToken);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        using var token = new StringContent(page.AntiforgeryToken());
        form.Add(token, "__RequestVerificationToken");
        using var response = await _following.PostAsync(new Uri(page.Url.PathAndQuery, UriKind.Relative), form, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>Signs in through the real login form.</summary>
    public Task<Page> SignInAsync(string email, string password = DemoAccounts.Password) =>
        SubmitAsync("/account/login", ("Email", email), ("Password", password));

    public void Dispose()
    {
        _following.Dispose();
        _raw.Dispose();
    }

    private static async Task<Page> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        new(response.StatusCode, response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync(cancellationToken));
}
