using System.Net;
using ChildSafety.TestSupport;

namespace ChildSafety.Site.Tests.Scale;

/// <summary>
/// Two site processes on one PostgreSQL database, each with its own data folder, as two instances behind a load
/// balancer: what one instance signs or protects the other accepts, and a publication on one reaches the other's
/// output cache.
/// </summary>
public sealed class TwoInstancesSpecs(PostgresSite server) : IClassFixture<PostgresSite>, IAsyncLifetime
{
    // A bound for a stuck eviction, not a timing expectation: the instances poll every 200 ms here.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly List<string> _dataFolders = [];
    private SiteProcess? _first;
    private SiteProcess? _second;

    private SiteProcess First => _first!;

    private SiteProcess Second => _second!;

    public async Task InitializeAsync()
    {
        if (!server.CanStart)
        {
            return;
        }
        // The fixture migrated the database and loaded the demo; the two processes share only the database.
        await server.StopAsync();
        _first = await SiteProcess.StartAsync(SettingsWithOwnDataFolder());
        _second = await SiteProcess.StartAsync(SettingsWithOwnDataFolder());
    }

    public async Task DisposeAsync()
    {
        foreach (var site in new[] { _first, _second })
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }
        _dataFolders.ForEach(folder => Directory.Delete(folder, recursive: true));
    }

    [EngineFact]
    public async Task A_sign_in_on_one_instance_is_accepted_by_the_other()
    {
        using var atFirst = new SiteClient(First.BaseAddress);
        await atFirst.SignInAsync(DemoAccounts.Editor);
        using var atSecond = atFirst.At(Second.BaseAddress);

        var page = await atSecond.GetAsync("/admin/content");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/admin/content", page.Path);
    }

    [EngineFact]
    public async Task A_publication_on_one_instance_replaces_the_page_the_other_has_cached()
    {
        using var reader = new SiteClient(Second.BaseAddress);
        await reader.GetAsync("/articles");
        using (var cached = await reader.Raw.GetAsync(new Uri("/articles", UriKind.Relative)))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        using var atFirst = new SiteClient(First.BaseAddress);
        await atFirst.SignInAsync(DemoAccounts.Editor);
        using var atSecond = atFirst.At(Second.BaseAddress);
        // The form and its antiforgery token come from the second instance and are posted to the first.
        var form = HtmlForm.PostFormsOf(await atSecond.GetAsync("/admin/content/edit")).Single();
        const string title = "Bài viết xuất bản trên một máy chủ";
        var published = await atFirst.PostWithoutTokenAsync(
            form.AlternateActions.Single(a => a.Contains("handler=publish", StringComparison.OrdinalIgnoreCase)),
            form.Data(field => field.Name switch
            {
                "Input.Title" => title,
                "Input.Slug" => "xuat-ban-tren-mot-may-chu",
                "Input.Summary" => "Tóm tắt.",
                "Input.Body" => "Nội dung bài viết.",
                _ => field.Value,
            }));
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.True(published.Shows("Đã xuất bản."), published.Text);

        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!(await reader.GetAsync("/articles")).Shows(title))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The second instance still serves the old list:\n{Second.Output}");
            await Task.Delay(100);
        }
    }

    private Dictionary<string, string?> SettingsWithOwnDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"childsafety-instance-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        _dataFolders.Add(folder);
        return new Dictionary<string, string?>(server.StorageSettings)
        {
            ["Site:DataPath"] = folder,
            ["SharedCache:PollInterval"] = "00:00:00.200",
            ["Reminders:Enabled"] = "false",
        };
    }
}
