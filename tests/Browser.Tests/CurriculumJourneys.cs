using System.Text;
using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>A school administrator fills in the plan template, uploads it, and sees the coverage matrix close a gap.</summary>
public sealed class CurriculumJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string Drugs = "Phòng, chống ma tuý";

    [Fact]
    public async Task The_school_administrator_uploads_a_plan_from_the_template_and_the_matrix_shows_it()
    {
        var school = await site.OpenAsync();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        await school.GetByRole(AriaRole.Link, new() { Name = "Lồng ghép chương trình", Exact = true }).ClickAsync();
        await Assertions.Expect(Grade6(school)).ToHaveTextAsync("Chưa có");
        await Assertions.Expect(school.GetByText("Chưa có bài phòng, chống ma tuý nào được lên kế hoạch cho lớp 6.")).ToBeVisibleAsync();

        await school.GetByRole(AriaRole.Link, new() { Name = "Nhập từ tệp", Exact = true }).First.ClickAsync();
        var download = await school.RunAndWaitForDownloadAsync(() =>
            school.GetByRole(AriaRole.Link, new() { Name = "Tệp mẫu CSV" }).ClickAsync());
        var template = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
        var header = template.Split("\r\n")[0];
        var plan = Path.Combine(Path.GetTempPath(), $"ke-hoach-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(plan, header + "\r\n6,Khoa học tự nhiên,drugs,Tác hại của thuốc lá và chất gây nghiện,1,2,Kế hoạch,teacher@demo.edu.vn\r\n", new UTF8Encoding(true));
        try
        {
            await school.GetByLabel("Tệp kế hoạch (CSV hoặc Excel .xlsx)").SetInputFilesAsync(plan);
            await school.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
            await Assertions.Expect(school.GetByText("Tất cả 1 dòng đều hợp lệ.")).ToBeVisibleAsync();
            await school.GetByRole(AriaRole.Button, new() { Name = "Nhập 1 bài vào kế hoạch" }).ClickAsync();
        }
        finally
        {
            File.Delete(plan);
        }

        await Assertions.Expect(school.GetByText("Đã nhập 1 bài vào kế hoạch năm học")).ToBeVisibleAsync();
        await Assertions.Expect(Grade6(school)).ToHaveTextAsync("Kế hoạch (1)");
        await Assertions.Expect(school.GetByText("Chưa có bài phòng, chống ma tuý nào được lên kế hoạch cho lớp 6.")).ToHaveCountAsync(0);
        await school.Context.CloseAsync();
    }

    /// <summary>The grade-6 cell of the drugs row: grade 6 is THCS Lê Quý Đôn's first column.</summary>
    private static ILocator Grade6(IPage page) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = Drugs, Exact = true }) }).GetByRole(AriaRole.Cell).First;
}
