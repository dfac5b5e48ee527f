namespace ChildSafety.Site.Tests;

/// <summary>
/// A forgotten password, end to end: the request, the e-mail, the link in it, the new password, and signing in with
/// it. The mail is read where it really went: the site's pickup folder, or the SMTP server it talked to.
/// </summary>
public abstract class PasswordResetSpecs(SiteServer server, Mailbox outbox)
{
    [EngineFact]
    public async Task A_forgotten_password_is_reset_through_the_link_in_the_mail()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        var mail = await outbox.MessageToAsync(person.Email!);
        var afterReset = await client.SetPasswordThroughAsync(mail, "Brand-New-Password-1");

        Assert.Equal("/account/login", afterReset.Path);
        Assert.True(afterReset.Shows("Đã đặt mật khẩu mới"));
        using var withOldPassword = server.CreateClient();
        Assert.True((await withOldPassword.SignInAsync(person.Email!, PersonBuilder.DefaultPassword)).Shows(Accounts.WrongCredentials));
        var signedIn = await client.SignInAsync(person.Email!, "Brand-New-Password-1");
        // A new teacher at the demo school has not yet acknowledged its code of conduct, so that is where they land.
        Assert.Equal("/conduct", signedIn.Path);
        Assert.True(client.IsSignedIn);
    }

    [EngineFact]
    public async Task A_reset_link_works_only_once()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        var mail = await outbox.MessageToAsync(person.Email!);
        await client.SetPasswordThroughAsync(mail, "First-New-Password-1");
        var again = await client.SetPasswordThroughAsync(mail, "Second-New-Password-2");

        Assert.True(again.Shows("Liên kết đã hết hạn hoặc đã được dùng"));
    }
}

public sealed class PasswordResetOnSqlite(SqliteSite server)
    : PasswordResetSpecs(server, new Mailbox(server.MailFolder)), IClassFixture<SqliteSite>;

public sealed class PasswordResetOnPostgres(PostgresSite server)
    : PasswordResetSpecs(server, new Mailbox(server.MailFolder)), IClassFixture<PostgresSite>;
