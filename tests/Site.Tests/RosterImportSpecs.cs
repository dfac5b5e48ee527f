using System.Text;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>A school administrator importing a staff roster through the real pages, on each database engine.</summary>
public abstract class RosterImportSpecs(SiteServer server)
{
    [EngineFact]
    public async Task Valid_rows_are_imported_only_when_chosen_and_the_row_outside_the_school_never_is()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = string.Join("\r\n",
            "Họ và tên,Email,Mã đơn vị,Chức vụ,Vai trò,Ngày bắt đầu",
            $"Trần Thị Lan,lan.{tag}@test.edu.vn,{DemoAccounts.School},Giáo viên,Staff,05/09/2024",
            $"Lê Văn Hùng,hung.{tag}@test.edu.vn,{DemoAccounts.School},nhân viên,,",
            $"Đỗ Minh Khoa,khoa.{tag}@test.edu.vn,{DemoAccounts.OtherDistrictSchool},Giáo viên,Staff,") + "\r\n";
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.SchoolAdmin);

        var preview = await admin.UploadAsync("/admin/people/import", "Upload", "danh-sach.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv");

        Assert.StartsWith("/admin/people/import/", preview.Path, StringComparison.Ordinal);
        Assert.True(preview.Shows("3 dòng, 2 hợp lệ, 1 có lỗi"), preview.Text);
        Assert.True(preview.Shows("nằm ngoài phạm vi quản lý của bạn"));
        Assert.Equal(0, await CountAsync(tag));

        var done = await admin.PostAsync($"{preview.Path}?handler=Import", preview.AntiforgeryToken(),
            [new("id", preview.InputValue("id")), new("validOnly", "true")]);

        Assert.True(done.Shows("Đã thêm 2 người."), done.Text);
        Assert.Equal(2, await CountAsync(tag));
        Assert.Equal(0, await CountAsync($"khoa.{tag}"));
    }

    [EngineFact]
    public async Task The_staff_list_downloads_in_the_template_layout_for_the_callers_school_only()
    {
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.SchoolAdmin);

        using var csv = await admin.Raw.GetAsync(new Uri("/admin/people?handler=Export&format=csv&status=all", UriKind.Relative));
        using var xlsx = await admin.Raw.GetAsync(new Uri("/admin/people?handler=Export&format=xlsx", UriKind.Relative));

        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Họ và tên,Email,Mã đơn vị,Chức vụ,Vai trò,Ngày bắt đầu", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.StartsWith("Nguyễn Thị Mai,school@demo.edu.vn,THCS-LQD,", StringComparison.Ordinal) && l.Contains(",\"Staff, SchoolAdmin\",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Đặng Văn Nam,{DemoAccounts.Teacher},THCS-LQD,", StringComparison.Ordinal) && l.Contains(",Staff,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains($",{DemoAccounts.School},", l, StringComparison.Ordinal));
        var workbook = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(workbook, row => (string)row["Email"] == DemoAccounts.Teacher);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    private async Task<int> CountAsync(string emailPart)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Users.CountAsync(p => p.Email!.Contains(emailPart));
    }
}

public sealed class RosterImportOnSqlite(SqliteSite server) : RosterImportSpecs(server), IClassFixture<SqliteSite>;

public sealed class RosterImportOnPostgres(PostgresSite server) : RosterImportSpecs(server), IClassFixture<PostgresSite>;
