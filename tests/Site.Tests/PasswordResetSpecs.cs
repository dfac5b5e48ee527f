namespace ChildSafety.Site.Tests;

/// <summary>
/// A forgotten password, end to end: the request, the e-mail the site keeps in its pickup folder when no SMTP server
/// is configured, the link in it, the new password, and signing in with it.
/// </summary>
public abstract class PasswordResetSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_forgotten_password_is_reset_through_the_link_in_the_mail()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        var mail = await new Mailbox(server.MailFolder).MessageToAsync(person.Email!);
        var afterReset = await client.SetPasswordThroughAsync(mail, "Brand-New-Password-1");

        Assert.Equal("/account/login", afterReset.Path);
        Assert.True(afterReset.Shows("Đã đặt mật khẩu mới"));
        using var oldPassword = server.CreateClient();
        Assert.True((await oldPassword.SignInAsync(person.Email!, PersonBuilder.DefaultPassword)).Shows(Accounts.WrongCredentials));
        var signedIn = await client.SignInAsync(person.Email!, "Brand-New-Password-1");
        Assert.Equal("/", signedIn.Path);
        Assert.True(client.IsSignedIn);
    }

    [EngineFact]
    public async Task A_reset_link_works_only_once()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        var mail = await new Mailbox(server.MailFolder).MessageToAsync(person.Email!);
        await client.SetPasswordThroughAsync(mail, "First-New-Password-1");
        var again = await client.SetPasswordThroughAsync(mail, "Second-New-Password-2");

        Assert.True(again.Shows("Liên kết đã hết hạn hoặc đã được dùng"));
    }
}

public sealed class PasswordResetOnSqlite(SqliteSite server) : PasswordResetSpecs(server), IClassFixture<SqliteSite>;

public sealed class PasswordResetOnPostgres(PostgresSite server) : PasswordResetSpecs(server), IClassFixture<PostgresSite>;
