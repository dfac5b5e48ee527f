using System.Net;
using System.Text.Json;
using ChildSafety.Core.Audit;
using ChildSafety.Core.People;
using ChildSafety.Core.Privacy;
using ChildSafety.Site.Tests.Audit;
using ChildSafety.Training.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Privacy;

/// <summary>
/// Decree 13/2023/NĐ-CP: a person downloads what the platform holds about them; an administrator erases a departed
/// person's identity while their counted answers and the audit chain stay intact.
/// </summary>
public abstract class PersonalDataSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_teacher_downloads_their_profile_roles_and_acknowledgments_as_json()
    {
        using var teacher = server.CreateClient();
        await teacher.SignInAsync(DemoAccounts.Teacher);

        using var download = await teacher.Raw.GetAsync(new Uri("/account/my-data?handler=Download", UriKind.Relative));
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var profile = json.RootElement.GetProperty("profile");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(DemoAccounts.Teacher, profile.GetProperty("Email").GetString());
        Assert.Contains("Staff", profile.GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEqual(0, json.RootElement.GetProperty("training").GetProperty("ConductAcknowledgments").GetArrayLength());
    }

    [EngineFact]
    public async Task An_administrator_erases_a_departed_person_keeping_their_answers_and_the_audit_chain()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var person = await DepartedAsync(administrator);
        var answersBefore = await AcknowledgmentsOfAsync(person.Id);
        Assert.NotEqual(0, await AddressesOfAsync(person.Id));

        var erased = await administrator.SubmitAsync($"/admin/people/erase/{person.Id}");

        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(person.Id.ToString());
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var core = scope.ServiceProvider.GetRequiredService<ChildSafety.Core.Data.CoreDbContext>();
        Assert.Equal(HttpStatusCode.OK, erased.Status);
        Assert.True(erased.Shows("Đã xoá thông tin cá nhân"), erased.Text);
        Assert.StartsWith("Người dùng đã xoá #", stored!.FullName, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email!, stored.Email, StringComparison.OrdinalIgnoreCase);
        Assert.Null(stored.PasswordHash);
        Assert.Null(stored.PhoneNumber);
        Assert.Equal(answersBefore, await AcknowledgmentsOfAsync(person.Id));
        Assert.NotEqual(0, answersBefore);
        Assert.Equal(0, await AddressesOfAsync(person.Id));
        Assert.True(await core.AuditEvents.AnyAsync(e => e.Kind == AuditKinds.PersonErased && e.PersonId == person.Id));
        Assert.False(await core.AuditEvents.AnyAsync(e => e.Details.Contains(person.Email!)), "An audit event still carries the e-mail.");
        Assert.Null((await audit.VerifyAsync(CancellationToken.None)).FirstBrokenId);
        using var former = server.CreateClient();
        await former.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
        Assert.False(former.IsSignedIn);
    }

    [EngineFact]
    public async Task An_erasure_whose_audit_event_cannot_be_stored_erases_nothing()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var person = await DepartedAsync(administrator);
        var addresses = await AddressesOfAsync(person.Id);
        var caller = await server.ScopeOfAsync(DemoAccounts.Administrator);

        await using (await RefusedAuditEvents.InstallAsync(server))
        {
            await using var erasing = server.Services.CreateAsyncScope();
            await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
                erasing.ServiceProvider.GetRequiredService<PersonErasure>().EraseAsync(person.Id, caller, CancellationToken.None));
        }

        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(person.Id.ToString());
        Assert.Equal((person.Email, person.FullName), (stored!.Email, stored.FullName));
        Assert.NotNull(stored.PasswordHash);
        Assert.NotEqual(0, addresses);
        Assert.Equal(addresses, await AddressesOfAsync(person.Id));
        Assert.False(await scope.ServiceProvider.GetRequiredService<ChildSafety.Core.Data.CoreDbContext>().AuditEvents
            .AnyAsync(e => e.Kind == AuditKinds.PersonErased && e.PersonId == person.Id));
    }

    [EngineFact]
    public async Task An_active_person_cannot_be_erased()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);

        var page = await administrator.GetAsync($"/admin/people/erase/{person.Id}");
        var forced = await administrator.PostAsync($"/admin/people/erase/{person.Id}", page.AntiforgeryToken(), []);

        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(person.Id.ToString());
        Assert.True(page.Shows("Chỉ xoá được thông tin của người đã ngừng hoạt động"));
        Assert.True(forced.Shows("Hãy ngừng hoạt động tài khoản trước khi xoá thông tin cá nhân."), forced.Text);
        Assert.Equal(person.Email, stored!.Email);
        Assert.Equal(person.FullName, stored.FullName);
    }

    /// <summary>A new person who accepted the code online and then left: <paramref name="administrator"/> deactivated them.</summary>
    private async Task<Person> DepartedAsync(SiteClient administrator)
    {
        var person = await new PersonBuilder(server).CreateAsync();
        await AcceptConductAsync(person);
        await administrator.SubmitAsync($"/admin/people/status/{person.Id}");
        return person;
    }

    private async Task AcceptConductAsync(Person person)
    {
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
        var form = HtmlForm.PostFormsOf(await client.GetAsync("/conduct")).Single();
        await client.PostWithoutTokenAsync(form.Action, [.. form.Data(), new("Accept", "true")]);
    }

    private async Task<int> AcknowledgmentsOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Acknowledgments.CountAsync(a => a.PersonId == personId);
    }

    /// <summary>The person's answers that still say which network address they were given from.</summary>
    private async Task<int> AddressesOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Acknowledgments.CountAsync(a => a.PersonId == personId && a.ClientAddress != null);
    }
}

public sealed class PersonalDataOnSqlite(SqliteSite server) : PersonalDataSpecs(server), IClassFixture<SqliteSite>;

public sealed class PersonalDataOnPostgres(PostgresSite server) : PersonalDataSpecs(server), IClassFixture<PostgresSite>;
