using System.Web;

namespace ChildSafety.Site.Tests.Privacy;

/// <summary>
/// What the site writes to its log while people sign in, fail to, and reset a password — at the shipped log levels —
/// names no password, no reset token and no e-mail address.
/// </summary>
public sealed class LogPrivacySpecs : IAsyncLifetime
{
    private const string NewPassword = "Mat-khau-moi-2026!";
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "childsafety-tests", $"logs-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_dataPath, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sign_in_and_password_reset_leave_no_secret_or_address_in_the_log()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Site:DataPath"] = _dataPath,
            ["Site:Demo"] = "true",
            ["Logging:LogLevel:Default"] = "Information",
        };
        string token;
        string output;
        await using (var site = await SiteProcess.StartAsync(settings))
        {
            using var client = new SiteClient(site.BaseAddress);
            await client.SignInAsync(DemoAccounts.Teacher, "not-the-password");
            await client.SignInAsync(DemoAccounts.Teacher);
            await client.SubmitAsync("/account/forgot-password", ("Email", DemoAccounts.Teacher));
            var mail = await new Mailbox(Path.Combine(_dataPath, "mail")).MessageToAsync(DemoAccounts.Teacher);
            var link = Mailbox.ResetLink(mail);
            token = HttpUtility.ParseQueryString(link.Query)["token"]!;
            await client.SubmitAsync(link.PathAndQuery, ("Email", DemoAccounts.Teacher), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
            output = site.Output;
        }

        Assert.Contains("info:", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", output, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, output, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..20], output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Teacher, output, StringComparison.OrdinalIgnoreCase);
    }
}
