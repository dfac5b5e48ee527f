using System.Net;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>
/// The code of conduct through the real site: the gate in front of every signed-in page, the acknowledgment form and
/// its refusals, and the history an officer reads. Each spec uses a new teacher at the demo school, where the
/// school's adaptation of the province template is in force.
/// </summary>
public abstract class ConductSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_person_who_has_not_acknowledged_is_sent_to_the_code_and_back_after_accepting()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        var gated = await client.GetAsync("/?from=mail");
        Assert.Equal("/conduct", gated.Path);
        Assert.Equal("/?from=mail", gated.InputValue("ReturnUrl"));
        Assert.True(gated.Shows("Trước khi tiếp tục, hãy đọc kỹ quy tắc ứng xử"));

        var accepted = await AcceptAsync(client, gated);

        Assert.Equal("/?from=mail", accepted.Url.PathAndQuery);
        var stored = Assert.Single(await AnswersOfAsync(person.Id));
        Assert.Equal(AcknowledgmentDecision.Accepted, stored.Decision);
        Assert.Equal(gated.InputValue("ContentHash"), stored.ContentHash);
        Assert.Equal(AcknowledgmentMethod.Online, stored.Method);
        Assert.False(string.IsNullOrEmpty(stored.ClientAddress));
        Assert.Equal("/", (await client.GetAsync("/")).Path);
    }

    [EngineFact]
    public async Task A_newcomer_with_assigned_courses_who_was_going_home_lands_on_their_trainings()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        var accepted = await AcceptAsync(client, await client.GetAsync("/"));

        Assert.Equal("/training", accepted.Path);
        Assert.True(accepted.Shows("Phòng, chống xâm hại trẻ em cho giáo viên"));
    }

    [EngineFact]
    public async Task A_newcomer_with_no_assigned_course_goes_home_after_accepting()
    {
        // The other district assigns its course to managers and teachers only.
        var person = await new PersonBuilder(server).In(DemoAccounts.OtherDistrictSchool).As(Position.Staff).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);

        var accepted = await AcceptAsync(client, await client.GetAsync("/"));

        Assert.Equal("/", accepted.Path);
    }

    [EngineFact]
    public async Task Submitting_without_ticking_the_box_records_nothing_and_keeps_the_gate()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
        var form = await client.GetAsync("/conduct");

        var refused = await client.PostAsync("/conduct", form.AntiforgeryToken(),
            [new("VersionId", form.InputValue("VersionId")), new("ContentHash", form.InputValue("ContentHash"))]);

        Assert.Equal("/conduct", refused.Path);
        Assert.Contains("notice--error", refused.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersOfAsync(person.Id));
        Assert.Equal("/conduct", (await client.GetAsync("/")).Path);
    }

    [EngineFact]
    public async Task A_forged_version_or_a_replayed_form_records_nothing_more()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using var client = server.CreateClient();
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
        var form = await client.GetAsync("/conduct");
        var versionId = form.InputValue("VersionId");
        var hash = form.InputValue("ContentHash");

        var forged = await client.PostAsync("/conduct", form.AntiforgeryToken(),
            [new("Accept", "true"), new("VersionId", (int.Parse(versionId, System.Globalization.CultureInfo.InvariantCulture) + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ContentHash", hash)]);
        Assert.Contains("notice--error", forged.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersOfAsync(person.Id));

        KeyValuePair<string, string>[] accept = [new("Accept", "true"), new("VersionId", versionId), new("ContentHash", hash)];
        await client.PostAsync("/conduct", form.AntiforgeryToken(), accept);
        var replayed = await client.PostAsync("/conduct", form.AntiforgeryToken(), accept);

        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Single(await AnswersOfAsync(person.Id));
    }

    [EngineFact]
    public async Task The_school_administrator_reads_a_persons_history_and_an_officer_of_another_district_cannot()
    {
        var person = await new PersonBuilder(server).CreateAsync();
        using (var teacher = server.CreateClient())
        {
            await teacher.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
            var form = await teacher.GetAsync("/conduct");
            await teacher.PostAsync("/conduct?handler=Decline", form.AntiforgeryToken(), [new("VersionId", form.InputValue("VersionId")), new("ContentHash", form.InputValue("ContentHash"))]);
        }
        using var schoolAdmin = server.CreateClient();
        await schoolAdmin.SignInAsync(DemoAccounts.SchoolAdmin);

        var history = await schoolAdmin.GetAsync($"/admin/conduct/person/{person.Id}");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.True(history.Shows(person.Email!));
        Assert.True(history.Shows("Chưa đồng ý"));

        var outsider = await new PersonBuilder(server).In(DemoAccounts.OtherDistrict).As(Position.Manager).WithRoles(Roles.DistrictOfficer).CreateAsync();
        using var officer = server.CreateClient();
        await officer.SignInAsync(outsider.Email!, PersonBuilder.DefaultPassword);
        // The province template applies to the officer too; past the gate, the page itself must refuse.
        var code = await officer.GetAsync("/conduct");
        await officer.PostAsync("/conduct", code.AntiforgeryToken(),
            [new("Accept", "true"), new("VersionId", code.InputValue("VersionId")), new("ContentHash", code.InputValue("ContentHash"))]);
        using var response = await officer.Raw.GetAsync(new Uri($"/admin/conduct/person/{person.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Ticks the box on the gated page and confirms; the page the person lands on.</summary>
    private static Task<Page> AcceptAsync(SiteClient client, Page gated) =>
        client.PostAsync(gated.Url.PathAndQuery, gated.AntiforgeryToken(),
            [new("Accept", "true"), new("VersionId", gated.InputValue("VersionId")), new("ContentHash", gated.InputValue("ContentHash")), new("ReturnUrl", gated.InputValue("ReturnUrl"))]);

    private async Task<List<Acknowledgment>> AnswersOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Acknowledgments.AsNoTracking()
            .Where(a => a.PersonId == personId).ToListAsync();
    }
}

public sealed class ConductOnSqlite(SqliteSite server) : ConductSpecs(server), IClassFixture<SqliteSite>;

public sealed class ConductOnPostgres(PostgresSite server) : ConductSpecs(server), IClassFixture<PostgresSite>;
