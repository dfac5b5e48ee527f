using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// Every page type, as each audience reaches it, checked with axe-core at phone width: no serious or critical
/// WCAG 2.1 AA violation. A new page type belongs in one of these lists.
/// </summary>
public sealed class AccessibilityJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private static readonly string[] PublicPages =
    [
        "/", "/account/login", "/account/forgot-password", "/handbook", "/lessons", "/articles", "/news", "/posters", "/no-such-page",
        "/search?q=xam+hai", "/search?q=khongcogica", "/schools", "/schools?Q=khongcotruong", "/schools/THCS-LQD", "/schools/THPT-LL",
        "/posters/goi-111",
    ];

    private static readonly string[] SchoolAdministratorPages =
    [
        "/admin", "/admin/people", "/admin/people/create", "/admin/people/import", "/admin/organizations",
        "/admin/conduct", "/admin/commitments", "/conduct", "/my/profile", "/audit", "/audit/trail",
        "/admin/channels", "/admin/media", "/admin/media/upload", "/admin/attempts",
    ];

    private static readonly string[] EditorPages = ["/admin/content", "/admin/content/edit", "/admin/media", "/admin/media/upload", "/admin/channels", "/admin/courses"];

    private static readonly string[] DistrictOfficerPages = ["/admin/certificates", "/admin/courses", "/admin/attempts"];

    private static readonly string[] SchoolCurriculumPages =
    [
        "/curriculum", "/curriculum/entries", "/curriculum/entries?grade=6&topic=drugs", "/curriculum/entries/edit", "/curriculum/import",
        "/curriculum/activities", "/curriculum/activities/edit", "/curriculum/activities/calendar",
    ];

    private static readonly string[] OfficerPages = ["/curriculum", "/curriculum/schools", "/audit", "/audit/report", "/audit/trail"];

    private const string PassedCourse = "/training/phong-chong-xam-hai-tre-em-cho-giao-vien";

    private const string CourseInProgress = OnlineSafetyCourse.Path;

    private static readonly string[] LearnerPages = ["/training", PassedCourse, PassedCourse + "/lessons/1", CourseInProgress, "/my/certificates"];

    [Fact]
    public async Task Public_pages_and_the_first_item_of_each_list_have_no_serious_violation()
    {
        var page = await site.OpenAsync(width: 390, height: 844);
        var pages = PublicPages.ToList();
        pages.Add(await FirstLinkAsync(page, "/handbook", "a[href^='/handbook/']"));
        pages.Add(await FirstLinkAsync(page, "/lessons", "a[href^='/lessons/']"));

        var violations = await CheckAsync(page, pages);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_school_administrators_pages_have_no_serious_violation()
    {
        var page = await site.OpenAsync(width: 390, height: 844);
        await page.SignInAsync(DemoAccounts.SchoolAdmin);
        var pages = SchoolAdministratorPages.ToList();
        pages.Add(await FirstLinkAsync(page, "/admin/conduct", "a[href^='/admin/conduct/report/']"));
        pages.Add(await FirstLinkAsync(page, "/admin/people", "a[href^='/admin/people/edit/']"));

        var violations = await CheckAsync(page, pages);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_editors_pages_and_a_new_teachers_code_of_conduct_have_no_serious_violation()
    {
        var editor = await site.OpenAsync(width: 390, height: 844);
        await editor.SignInAsync(DemoAccounts.Editor);
        var pages = EditorPages.ToList();
        pages.Add(await FirstLinkAsync(editor, "/admin/media", ".media-grid a"));
        var item = await FirstLinkAsync(editor, "/admin/content", "a[href^='/admin/content/edit/']");
        pages.Add(item);
        pages.Add(await FirstLinkAsync(editor, item, "a[href^='/admin/content/versions/']"));
        var violations = (await CheckAsync(editor, pages)).ToList();
        await editor.Context.CloseAsync();

        var newcomer = await site.OpenAsync(width: 390, height: 844);
        await newcomer.SignInAsync("newstaff@demo.edu.vn");
        violations.AddRange(await CheckAsync(newcomer, ["/conduct"]));
        await newcomer.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_curriculum_pages_of_a_school_and_the_roll_up_and_audit_of_the_offices_have_no_serious_violation()
    {
        var school = await site.OpenAsync(width: 390, height: 844);
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        var pages = SchoolCurriculumPages.ToList();
        pages.Add(await FirstLinkAsync(school, "/curriculum/entries", "a[href^='/curriculum/entries/edit/']"));
        pages.Add(await FirstLinkAsync(school, "/curriculum/entries", "a[href^='/curriculum/entries/delete/']"));
        pages.Add(await FirstLinkAsync(school, "/curriculum/activities", "a[href^='/curriculum/activities/edit/']"));
        var violations = await CheckAsync(school, pages);
        await school.Context.CloseAsync();

        foreach (var officer in new[] { DemoAccounts.DistrictOfficer, DemoAccounts.ProvinceOfficer })
        {
            var page = await site.OpenAsync(width: 390, height: 844);
            await page.SignInAsync(officer);
            var officerPages = OfficerPages.ToList();
            officerPages.Add(await FirstLinkAsync(page, "/audit", "a[href^='/audit/indicator/']"));
            violations.AddRange((await CheckAsync(page, officerPages)).Select(v => $"{officer}: {v}"));
            await page.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task A_teachers_training_quiz_result_and_certificates_and_the_public_verification_have_no_serious_violation()
    {
        var teacher = await site.OpenAsync(width: 390, height: 844);
        await teacher.SignInAsync(DemoAccounts.Teacher);
        var pages = LearnerPages.ToList();
        pages.Add(await FirstLinkAsync(teacher, PassedCourse, "a[href^='/training/attempts/'][href$='/result']"));
        var verification = await FirstLinkAsync(teacher, "/my/certificates", "a[href^='/verify/']");
        var violations = await CheckAsync(teacher, pages);

        await teacher.ReadEveryLessonAsync(CourseInProgress);
        await teacher.GotoAsync(CourseInProgress);
        await teacher.StartQuizAsync();
        violations.AddRange(await Axe.SeriousViolationsAsync(teacher));
        await teacher.Context.CloseAsync();

        var visitor = await site.OpenAsync(width: 390, height: 844);
        violations.AddRange(await CheckAsync(visitor, [verification]));
        await visitor.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_assignment_pages_have_no_serious_violation()
    {
        var officer = await site.OpenAsync(width: 390, height: 844);
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);
        var assignment = await FirstLinkAsync(officer, "/admin/assignments", "td a[href^='/admin/assignments/']");
        var violations = await CheckAsync(officer, ["/admin/assignments", "/admin/assignments/new", assignment, $"{assignment}/withdraw"]);
        await officer.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_course_and_certificate_pages_have_no_serious_violation()
    {
        var page = await site.OpenAsync(width: 390, height: 844);
        await page.SignInAsync(DemoAccounts.DistrictOfficer);
        var pages = DistrictOfficerPages.ToList();
        pages.Add(await FirstLinkAsync(page, "/admin/certificates", "a[href^='/admin/certificates/revoke/']"));
        await page.GotoAsync("/admin/courses");
        await page.FillAsync("#Title", "Khoá học kiểm tra trợ năng");
        await page.LeaveAsync(() => page.ClickAsync("form[action*='handler=Create'] button[type=submit]"),
            url => new Uri(url).AbsolutePath.StartsWith("/admin/courses/edit/", StringComparison.Ordinal));
        var draft = new Uri(page.Url).AbsolutePath;
        var id = draft[(draft.LastIndexOf('/') + 1)..];
        pages.AddRange([draft, $"/admin/courses/question/{id}", $"/admin/courses/publish/{id}"]);

        var violations = await CheckAsync(page, pages);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> CheckAsync(IPage page, IEnumerable<string> paths)
    {
        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.SeriousViolationsAsync(page));
        }
        return violations;
    }

    private static async Task<string> FirstLinkAsync(IPage page, string listPath, string selector)
    {
        await page.GotoAsync(listPath);
        return await page.Locator(selector).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"No link {selector} on {listPath}.");
    }
}
