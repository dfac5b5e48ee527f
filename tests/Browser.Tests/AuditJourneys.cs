using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// The district officer of Hòa An opens the audit, follows the training indicator to a school behind on it, sees
/// who lacks which certificate, and downloads the list.
/// </summary>
public sealed class AuditJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string Certificates = "2. Cán bộ, giáo viên, nhân viên có chứng nhận tập huấn còn hiệu lực";

    [Fact]
    public async Task The_district_officer_drills_into_a_school_behind_on_training_and_downloads_the_export()
    {
        var district = await site.OpenAsync();
        await district.SignInAsync(DemoAccounts.DistrictOfficer);
        await district.GotoAsync("/audit");
        await Assertions.Expect(district.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hòa An");

        await district.GetByRole(AriaRole.Link, new() { Name = Certificates, Exact = true }).ClickAsync();
        await Assertions.Expect(district.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Certificates);
        await district.GetByRole(AriaRole.Link, new() { Name = "Trường THCS Lê Quý Đôn", Exact = true }).ClickAsync();
        await Assertions.Expect(district.GetByText("Thiếu chứng nhận:").First).ToBeVisibleAsync();

        var download = await district.RunAndWaitForDownloadAsync(() =>
            district.GetByRole(AriaRole.Link, new() { Name = "Tải Excel", Exact = true }).ClickAsync());
        await using var file = File.OpenRead(await download.PathAsync());
        var signature = new byte[2];
        await file.ReadExactlyAsync(signature);
        Assert.Equal("PK"u8.ToArray(), signature);
        await district.Context.CloseAsync();
    }
}
