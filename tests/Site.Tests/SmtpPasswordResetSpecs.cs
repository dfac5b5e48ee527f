namespace ChildSafety.Site.Tests;

/// <summary>The same reset with <c>Mail:Smtp:Host</c> set: the mail goes through a real SMTP conversation.</summary>
public abstract class SmtpPasswordResetSpecs(SiteWithSmtp server)
{
    [EngineFact]
    public async Task The_reset_mail_is_delivered_over_SMTP_and_its_link_sets_a_new_password()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        var mail = await server.Smtp.Mailbox.MessageToAsync(person.Email!);
        await client.SetPasswordThroughAsync(mail, "Smtp-New-Password-1");

        Assert.Empty(new Mailbox(server.MailFolder).Messages());
        Assert.Equal("/", (await client.SignInAsync(person.Email!, "Smtp-New-Password-1")).Path);
        Assert.True(client.IsSignedIn);
    }
}

public sealed class SmtpPasswordResetOnSqlite(SqliteSiteWithSmtp server) : SmtpPasswordResetSpecs(server), IClassFixture<SqliteSiteWithSmtp>;

public sealed class SmtpPasswordResetOnPostgres(PostgresSiteWithSmtp server) : SmtpPasswordResetSpecs(server), IClassFixture<PostgresSiteWithSmtp>;
