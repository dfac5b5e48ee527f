using System.Net;
using ChildSafety.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>Signing in through the real login form: who gets in, who does not, and what they are told.</summary>
public abstract class SignInSpecs(SiteServer server)
{
    [EngineFact]
    public async Task An_administrator_signs_in_and_lands_on_the_home_page_signed_in()
    {
        using var client = server.CreateClient();

        var landing = await client.SignInAsync(DemoAccounts.Administrator);

        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Equal("/", landing.Path);
        Assert.True(client.IsSignedIn);
        Assert.True(landing.Shows("Đăng xuất"));
        Assert.Contains("href=\"/admin\"", landing.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message_and_no_sign_in()
    {
        using var wrongPassword = server.CreateClient();
        using var unknownEmail = server.CreateClient();

        var afterWrongPassword = await wrongPassword.SignInAsync(DemoAccounts.Teacher, "not-the-password");
        var afterUnknownEmail = await unknownEmail.SignInAsync("nobody@demo.edu.vn", DemoAccounts.Password);

        Assert.True(afterWrongPassword.Shows(Accounts.WrongCredentials));
        Assert.True(afterUnknownEmail.Shows(Accounts.WrongCredentials));
        Assert.Equal("/account/login", afterWrongPassword.Path);
        Assert.Equal("/account/login", afterUnknownEmail.Path);
        Assert.False(wrongPassword.IsSignedIn);
        Assert.False(unknownEmail.IsSignedIn);
    }

    [EngineFact]
    public async Task Locks_the_account_after_five_wrong_passwords_even_for_the_right_password_afterwards()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.True((await client.SignInAsync(person.Email!, "wrong-password")).Shows(Accounts.WrongCredentials));
        }
        var fifth = await client.SignInAsync(person.Email!, "wrong-password");
        var rightPassword = await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        Assert.True(fifth.Shows(Accounts.LockedOut));
        Assert.True(rightPassword.Shows(Accounts.LockedOut));
        Assert.False(client.IsSignedIn);
    }

    [EngineFact]
    public async Task A_deactivated_person_cannot_sign_in()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var deactivated = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>()
                .SetActiveAsync(person.Id, active: false, administrator, CancellationToken.None);
            Assert.True(deactivated.Succeeded);
        }
        using var client = server.CreateClient();

        var page = await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        Assert.Equal("/account/login", page.Path);
        Assert.True(page.Shows("Tài khoản này đã ngừng hoạt động"));
        Assert.False(client.IsSignedIn);
    }
}

public sealed class SignInOnSqlite(SqliteSite server) : SignInSpecs(server), IClassFixture<SqliteSite>;

public sealed class SignInOnPostgres(PostgresSite server) : SignInSpecs(server), IClassFixture<PostgresSite>;
