namespace ChildSafety.Site.Tests;

/// <summary>A person's own account page: reachable even before they acknowledge the code, and where they change their password.</summary>
public abstract class ProfileSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_new_teacher_sees_their_account_and_changes_their_password_there()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        var profile = await client.GetAsync("/my/profile");
        Assert.Equal("/my/profile", profile.Path);
        Assert.True(profile.Shows(person.Email!));
        Assert.True(profile.Shows("Trường THCS Lê Quý Đôn"));

        var wrong = await client.PostAsync("/my/profile", profile.AntiforgeryToken(),
            [new("CurrentPassword", "not-my-password"), new("NewPassword", "Another-Password-9"), new("ConfirmPassword", "Another-Password-9")]);
        Assert.True(wrong.Shows("Mật khẩu hiện tại không đúng."));

        var changed = await client.PostAsync("/my/profile", profile.AntiforgeryToken(),
            [new("CurrentPassword", PersonBuilder.DefaultPassword), new("NewPassword", "Another-Password-9"), new("ConfirmPassword", "Another-Password-9")]);
        Assert.True(changed.Shows("Đã đổi mật khẩu."));
        Assert.True(client.IsSignedIn);

        using var again = server.CreateClient();
        await again.SignInAsync(person.Email!, "Another-Password-9");
        Assert.True(again.IsSignedIn);
    }
}

public sealed class ProfileOnSqlite(SqliteSite server) : ProfileSpecs(server), IClassFixture<SqliteSite>;

public sealed class ProfileOnPostgres(PostgresSite server) : ProfileSpecs(server), IClassFixture<PostgresSite>;
