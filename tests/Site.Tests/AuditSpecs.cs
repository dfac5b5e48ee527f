using System.Net;
using System.Text.Json;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Audit.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChildSafety.Site.Tests.Audit;
using MiniExcelLibs;

namespace ChildSafety.Site.Tests;

/// <summary>
/// The audit through the real site: figures counted by hand on a district built for the test, who may see which
/// subtree, exports that open and cannot run formulas, and the trail's tamper check.
/// </summary>
public abstract class AuditSpecs(SiteServer server)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [EngineFact]
    public async Task Indicators_count_what_was_recorded_in_a_new_district()
    {
        var (district, first, second) = await server.NewDistrictAsync();
        var accepting = await new PersonBuilder(server).In(first.Code).CreateAsync();
        var manager = await new PersonBuilder(server).In(first.Code).As(Position.Manager).CreateAsync();
        await new PersonBuilder(server).In(first.Code).CreateAsync();
        await new PersonBuilder(server).In(second.Code).CreateAsync();
        await server.AcceptConductAsync(accepting, first);
        await server.AcceptConductAsync(manager, first);

        using var province = server.CreateClient();
        await province.SignInAsync(DemoAccounts.ProvinceOfficer);
        var indicators = await IndicatorsAsync(province, $"/api/v1/indicators?org={district.Id}");

        // Four active people in the district, two accepted the province's code in force; two schools, neither publishes the hotline nor collected commitments.
        Assert.Equal((2, 4), indicators["conduct"]);
        Assert.Equal((0, 2), indicators["hotline"]);
        Assert.Equal((0, 2), indicators["commitments"]);
        // No course is assigned in the new district: no one has a certificate to hold, and the figure says so rather than 100%.
        Assert.Equal((0, 0), indicators["certificates"]);

        var past = await IndicatorsAsync(province, $"/api/v1/indicators?org={district.Id}&year=2019-2020");
        Assert.Equal((0, 4), past["conduct"]);
        Assert.Equal((0, 2), past["commitments"]);
    }

    [EngineFact]
    public async Task Officers_see_their_subtree_only_and_bad_input_gets_a_clear_answer()
    {
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var otherSchool = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);
        var otherOfficer = await new PersonBuilder(server).In(DemoAccounts.OtherDistrict).As(Position.Manager).WithRoles(Roles.DistrictOfficer).CreateAsync();

        using var anonymous = server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Raw.GetAsync(new Uri("/api/v1/indicators", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Raw.GetAsync(new Uri("/api/v1/organizations", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Raw.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);

        using var teacher = server.CreateClient();
        await teacher.SignInAsync(DemoAccounts.Teacher);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.Raw.GetAsync(new Uri("/api/v1/indicators", UriKind.Relative))).StatusCode);

        using var schoolAdmin = server.CreateClient();
        await schoolAdmin.SignInAsync(DemoAccounts.SchoolAdmin);
        var own = await schoolAdmin.Raw.GetAsync(new Uri("/api/v1/organizations", UriKind.Relative));
        var organizations = JsonSerializer.Deserialize<List<OrganizationJson>>(await own.Content.ReadAsStringAsync(), Json)!;
        Assert.Equal([school.Id], organizations.Select(o => o.Id));
        Assert.Equal("school", organizations[0].Kind);
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolAdmin.Raw.GetAsync(new Uri($"/api/v1/indicators?org={otherSchool.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await schoolAdmin.Raw.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);

        using var other = server.CreateClient();
        await other.SignInAsync(otherOfficer.Email!, PersonBuilder.DefaultPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Raw.GetAsync(new Uri($"/api/v1/indicators?org={school.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Raw.GetAsync(new Uri($"/audit/export.csv?org={school.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Raw.GetAsync(new Uri($"/api/v1/indicators?org={otherSchool.Id}", UriKind.Relative))).StatusCode);

        using var province = server.CreateClient();
        await province.SignInAsync(DemoAccounts.ProvinceOfficer);
        Assert.Equal(HttpStatusCode.OK, (await province.Raw.GetAsync(new Uri($"/api/v1/indicators?org={school.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await province.Raw.GetAsync(new Uri("/api/v1/indicators?org=999999", UriKind.Relative))).StatusCode);
        var badYear = await province.Raw.GetAsync(new Uri("/api/v1/indicators?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("2026-2027", await badYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var everything = JsonSerializer.Deserialize<List<OrganizationJson>>(await (await province.Raw.GetAsync(new Uri("/api/v1/organizations", UriKind.Relative))).Content.ReadAsStringAsync(), Json)!;
        Assert.Contains(everything, o => o.Id == otherSchool.Id && o.Kind == "school");
        Assert.Contains(everything, o => o.Kind == "province" && o.ParentId is null);
    }

    [EngineFact]
    public async Task Exports_open_with_the_rows_and_a_formula_name_stays_text()
    {
        var (district, _, _) = await server.NewDistrictAsync();
        await new OrganizationBuilder(server).School().Under(district).Named("=cmd|' /C calc'!A0").CreateAsync();
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.ProvinceOfficer);

        var csv = await officer.Raw.GetAsync(new Uri($"/audit/export.csv?table=overview&org={district.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"'=cmd", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", text, StringComparison.Ordinal);

        var xlsx = await officer.Raw.GetAsync(new Uri($"/audit/export.xlsx?table=overview&org={district.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => Equals(r["A"], "=cmd|' /C calc'!A0"));
    }

    [EngineFact]
    public async Task Verifying_the_trail_finds_the_row_altered_in_the_database()
    {
        await new PersonBuilder(server).WithRoles(Roles.Staff, Roles.Editor).CreateAsync();
        using var province = server.CreateClient();
        await province.SignInAsync(DemoAccounts.ProvinceOfficer);
        var trail = await province.GetAsync("/audit/trail");
        Assert.True(trail.Shows("Cấp vai trò"), trail.Text);
        var intact = await province.PostAsync("/audit/trail?handler=Verify", trail.AntiforgeryToken(), []);
        Assert.True(intact.Shows("Chuỗi nhật ký nguyên vẹn"), intact.Text);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var altered = await core.AuditEvents.Where(e => e.Kind == "role.granted").OrderByDescending(e => e.Id).FirstAsync();
            await core.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Details\" = 'Administrator' WHERE \"Id\" = {altered.Id}");
            var broken = await province.PostAsync("/audit/trail?handler=Verify", trail.AntiforgeryToken(), []);
            // Put the row back: the other specs of this class share the site and its chain.
            await core.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Details\" = {altered.Details} WHERE \"Id\" = {altered.Id}");
            Assert.True(broken.Shows($"Chuỗi nhật ký bị phá vỡ tại sự kiện số {altered.Id}"), broken.Text);
        }

        using var teacher = server.CreateClient();
        await teacher.SignInAsync(DemoAccounts.SchoolAdmin);
        var schoolTrail = await teacher.GetAsync("/audit/trail");
        Assert.DoesNotContain("handler=Verify", schoolTrail.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task Publishing_an_item_shows_in_the_trail_of_its_organization_and_the_chain_stays_intact()
    {
        var title = "Lịch tập huấn " + Guid.NewGuid().ToString("N")[..8];
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        using var editing = server.CreateClient();
        await editing.SignInAsync(DemoAccounts.Editor);
        var published = await editing.SubmitAsync("/admin/content/edit",
            [new("Input.Revision", "0"), new("Input.Type", "News"), new("Input.Locale", "vi"), new("Input.Order", "0"),
             new("Input.Title", title), new("Input.Summary", "Tóm tắt"), new("Input.Body", "Nội dung."), new("Input.Audiences", "Parents")],
            "/admin/content/edit?handler=Publish");
        Assert.True(published.Shows(title) && !published.Shows("Hãy nhập"), published.Text);
        Assert.NotEqual("/admin/content/edit", published.Url.AbsolutePath);

        using var province = server.CreateClient();
        await province.SignInAsync(DemoAccounts.ProvinceOfficer);
        var trail = await province.GetAsync($"/audit/trail?org={editor.OrganizationId}&kind=content.published");
        Assert.True(trail.Shows("Xuất bản nội dung"), trail.Text);
        Assert.True(trail.Shows(title), trail.Text);
        var verified = await province.PostAsync($"/audit/trail?handler=Verify&org={editor.OrganizationId}", trail.AntiforgeryToken(), []);
        Assert.True(verified.Shows("Chuỗi nhật ký nguyên vẹn"), verified.Text);
    }

    [EngineFact]
    public async Task The_openapi_document_lists_every_api_route()
    {
        using var client = server.CreateClient();
        var document = JsonDocument.Parse(await (await client.Raw.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative))).Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routes = server.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith(AuditApi.Prefix + "/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route, paths));
    }

    [EngineFact]
    public async Task The_dashboard_and_the_report_show_the_districts_figures()
    {
        using var district = server.CreateClient();
        await district.SignInAsync(DemoAccounts.DistrictOfficer);
        var dashboard = await district.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        // Every indicator of the directives is computed now: none is left without data.
        Assert.False(dashboard.Shows("chưa có dữ liệu"));
        Assert.True(dashboard.Shows("Cán bộ, giáo viên, nhân viên có chứng nhận tập huấn còn hiệu lực"));
        Assert.True(dashboard.Shows("Trường THCS Lê Quý Đôn"));
        Assert.True(dashboard.Shows("Báo cáo năm (trước ngày 10/11)"));

        var form = await district.GetAsync("/audit/report");
        using var content = new FormUrlEncodedContent([new("Kind", "Annual"), new("Problems", "Thiếu kinh phí tập huấn"), new("__RequestVerificationToken", form.AntiforgeryToken())]);
        var pdf = await district.Raw.PostAsync(new Uri(form.Url.PathAndQuery, UriKind.Relative), content);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    private static async Task<Dictionary<string, (int, int)>> IndicatorsAsync(SiteClient client, string path)
    {
        var response = await client.Raw.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<IndicatorsJson>(await response.Content.ReadAsStringAsync(), Json)!;
        return body.Indicators.ToDictionary(i => i.Key, i => (i.Numerator, i.Denominator));
    }
}

public sealed class AuditOnSqlite(SqliteSite server) : AuditSpecs(server), IClassFixture<SqliteSite>;

public sealed class AuditOnPostgres(PostgresSite server) : AuditSpecs(server), IClassFixture<PostgresSite>;
