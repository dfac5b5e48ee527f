namespace ChildSafety.Site.Tests;

/// <summary>The same reset with <c>Mail:Smtp:Host</c> set: the mail goes out through a real SMTP conversation.</summary>
public abstract class PasswordResetOverSmtpSpecs(SiteWithSmtp server) : PasswordResetSpecs(server, server.Smtp.Mailbox)
{
    [EngineFact]
    public async Task With_an_SMTP_server_configured_nothing_is_left_in_the_pickup_folder()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        await client.AskForPasswordResetAsync(person.Email!);
        await server.Smtp.Mailbox.MessageToAsync(person.Email!);

        Assert.Empty(new Mailbox(server.MailFolder).Messages());
    }
}

public sealed class PasswordResetOverSmtpOnSqlite(SqliteSiteWithSmtp server) : PasswordResetOverSmtpSpecs(server), IClassFixture<SqliteSiteWithSmtp>;

public sealed class PasswordResetOverSmtpOnPostgres(PostgresSiteWithSmtp server) : PasswordResetOverSmtpSpecs(server), IClassFixture<PostgresSiteWithSmtp>;
