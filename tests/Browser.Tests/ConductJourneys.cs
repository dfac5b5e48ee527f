using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// The code of conduct as people meet it in Chromium: a new teacher is asked first, then goes on to the trainings
/// assigned to them, and their school sees the answer.
/// </summary>
public sealed class ConductJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string NewStaff = "newstaff@demo.edu.vn";
    private const string NewStaffName = "Huỳnh Thị Ngọc Ánh";

    [Fact]
    public async Task A_new_teacher_accepts_the_code_and_the_school_administrator_sees_it_in_the_report()
    {
        var teacher = await site.OpenAsync(width: 390, height: 844);
        await teacher.SignInAsync(NewStaff);

        Assert.Equal("/conduct", new Uri(teacher.Url).AbsolutePath);
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Quy tắc ứng xử", Level = 1, Exact = true })).ToBeVisibleAsync();
        await teacher.GetByLabel("Tôi đã đọc, hiểu và cam kết thực hiện quy tắc ứng xử này.").CheckAsync();
        await teacher.LeaveAsync(() => teacher.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync(),
            url => new Uri(url).AbsolutePath == "/training");
        await Assertions.Expect(teacher.GetByText("Phòng, chống xâm hại trẻ em cho giáo viên").First).ToBeVisibleAsync();
        await teacher.GotoAsync("/conduct");
        await Assertions.Expect(teacher.GetByText("Bạn đã xác nhận phiên bản này lúc")).ToBeVisibleAsync();
        await teacher.Context.CloseAsync();

        var school = await site.OpenAsync();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        await school.GotoAsync("/admin/conduct");
        var ownPolicy = school.Locator("section.card").Filter(new() { HasText = "Quy tắc của đơn vị bạn" });
        await ownPolicy.GetByRole(AriaRole.Link, new() { Name = "Ai đã xác nhận" }).Last.ClickAsync();
        await school.GetByLabel("Trả lời").SelectOptionAsync("accepted");
        await school.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();

        var row = school.GetByRole(AriaRole.Row).Filter(new() { HasText = NewStaffName });
        await Assertions.Expect(row).ToContainTextAsync("Đã xác nhận");
        await Assertions.Expect(row).ToContainTextAsync("Trực tuyến");
        await school.Context.CloseAsync();
    }
}
