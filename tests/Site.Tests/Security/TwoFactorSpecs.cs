using System.Net;
using System.Text.RegularExpressions;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// An officer turns on two-step sign-in with an authenticator app; from then on the password alone does not sign
/// them in, a wrong code is refused, the right code or a recovery code is accepted.
/// </summary>
public sealed partial class TwoFactorSpecs(SqliteSite server) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task An_officer_with_two_factor_needs_the_code_after_the_password()
    {
        var officer = await new PersonBuilder(server).In(DemoAccounts.District).WithRoles(Roles.DistrictOfficer).As(Position.Manager).CreateAsync();
        var recovery = await EnableTwoFactorAsync(officer);

        using var client = server.CreateClient();
        var step = await client.SignInAsync(officer.Email!, PersonBuilder.DefaultPassword);
        var signedInAfterPassword = client.IsSignedIn;
        var wrong = await client.SubmitAsync(step.Url.PathAndQuery, ("Code", "000000"));
        var signedInAfterWrongCode = client.IsSignedIn;
        await client.SubmitAsync(wrong.Url.PathAndQuery, ("Code", Totp.Code(await SharedKeyAsync(officer), DateTimeOffset.UtcNow)));

        Assert.Equal("/account/login-two-factor", step.Path);
        Assert.False(signedInAfterPassword);
        Assert.True(wrong.Shows("Mã không đúng hoặc đã hết hạn."), wrong.Text);
        Assert.False(signedInAfterWrongCode);
        Assert.True(client.IsSignedIn);
        Assert.Equal(10, recovery.Count);

        using var other = server.CreateClient();
        var second = await other.SignInAsync(officer.Email!, PersonBuilder.DefaultPassword);
        await other.SubmitAsync(second.Url.PathAndQuery, ("Code", recovery[0]));
        Assert.True(other.IsSignedIn);
    }

    [Fact]
    public async Task A_teacher_is_not_offered_two_factor_setup()
    {
        using var teacher = server.CreateClient();
        await teacher.SignInAsync(DemoAccounts.Teacher);

        var page = await teacher.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    private async Task<IReadOnlyList<string>> EnableTwoFactorAsync(Person officer)
    {
        using var client = server.CreateClient();
        await client.SignInAsync(officer.Email!, PersonBuilder.DefaultPassword);
        var setup = await client.GetAsync("/account/two-factor");
        var key = SharedKey().Match(setup.Html).Groups[1].Value;
        Assert.Contains("src=\"data:image/png;base64,", setup.Html, StringComparison.Ordinal);
        var enabled = await client.PostAsync("/account/two-factor?handler=Enable", setup.AntiforgeryToken(), [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.True(enabled.Shows("Đã bật xác thực hai bước."), enabled.Text);
        return [.. RecoveryCode().Matches(enabled.Html).Select(m => m.Groups[1].Value)];
    }

    private async Task<string> SharedKeyAsync(Person officer)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(officer.Id.ToString()))!))!;
    }

    [GeneratedRegex(@"id=""shared-key"">([A-Z0-9]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
