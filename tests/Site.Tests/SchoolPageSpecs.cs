using ChildSafety.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>Each school's public page: hotline 111 and the school's reporting channels, edited by the school or its office.</summary>
public abstract class SchoolPageSpecs(SiteServer server)
{
    [EngineFact]
    public async Task The_schools_list_groups_schools_by_their_office_and_links_their_pages()
    {
        using var visitor = server.CreateClient();

        var list = await visitor.GetAsync("/schools?Level=LowerSecondary");

        Assert.True(list.Shows("Phòng Giáo dục và Đào tạo huyện Hòa An"), list.Text);
        Assert.Contains($"href=\"/schools/{DemoAccounts.School}\"", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/schools/TH-KIMDONG\"", list.Html, StringComparison.Ordinal);
        Assert.True((await visitor.GetAsync("/schools?Q=le+quy+don")).Shows("Trường THCS Lê Quý Đôn"));
    }

    [EngineFact]
    public async Task A_school_page_shows_hotline_111_and_the_schools_channels()
    {
        using var visitor = server.CreateClient();

        var page = await visitor.GetAsync($"/schools/{DemoAccounts.School}");

        Assert.True(page.Shows("Trường THCS Lê Quý Đôn"));
        Assert.Contains("href=\"tel:111\"", page.Html, StringComparison.Ordinal);
        Assert.True(page.Shows("Hòm thư góp ý"));
        Assert.True(page.Shows("0292 3812 303"));
        Assert.True(page.Shows("Cô Nguyễn Thị Mai"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync("/schools/KHONG-CO")).Status);
    }

    [EngineFact]
    public async Task An_officer_edits_a_schools_channels_and_bad_input_changes_nothing()
    {
        var school = await server.OrganizationAsync("TH-KIMDONG");
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.DistrictOfficer);
        var form = $"/admin/channels/{school.Id}";

        var refused = await admin.SubmitAsync(form, ("Input.Mailbox", "Hòm thư mới"), ("Input.Phone", "gọi cô Mai"));
        Assert.True(refused.Shows("Số điện thoại chỉ gồm chữ số"), refused.Text);
        Assert.False((await admin.GetAsync("/schools/TH-KIMDONG")).Shows("Hòm thư mới"));

        await admin.SubmitAsync(form, ("Input.Mailbox", "Hòm thư mới ở thư viện"), ("Input.Phone", "0292 3812 999"), ("Input.ContactPerson", "Cô Mai"));

        var page = await admin.GetAsync("/schools/TH-KIMDONG");
        Assert.True(page.Shows("Hòm thư mới ở thư viện"));
        Assert.True(page.Shows("0292 3812 999"));
    }

    [EngineFact]
    public async Task The_audit_learns_which_schools_publish_a_reporting_channel()
    {
        var withChannels = await server.OrganizationAsync(DemoAccounts.School);
        var without = await server.OrganizationAsync("THPT-LL");
        var district = await server.OrganizationAsync(DemoAccounts.District);
        await using var scope = server.Services.CreateAsyncScope();

        var evidence = await scope.ServiceProvider.GetRequiredService<ISchoolPublicity>()
            .PublicisingAsync(district.Path, DateTimeOffset.UtcNow.AddMinutes(1), default);

        var page = Assert.Single(evidence, e => e.OrganizationId == withChannels.Id);
        Assert.Equal($"/schools/{withChannels.Code}", page.Url);
        Assert.DoesNotContain(evidence, e => e.OrganizationId == without.Id || e.OrganizationId == district.Id);
    }
}

public sealed class SchoolPagesOnSqlite(SqliteSite server) : SchoolPageSpecs(server), IClassFixture<SqliteSite>;

public sealed class SchoolPagesOnPostgres(PostgresSite server) : SchoolPageSpecs(server), IClassFixture<PostgresSite>;
