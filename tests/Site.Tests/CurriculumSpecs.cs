using System.Net;
using System.Text;
using System.Text.Json;

namespace ChildSafety.Site.Tests;

/// <summary>
/// Curriculum coverage through the running site: the demo plans' gaps, the coverage API's scope and answers, and a
/// plan upload that writes all its rows or none.
/// </summary>
public abstract class CurriculumSpecs(SiteServer server)
{
    private const string Header = "Khối lớp,Môn học hoặc hoạt động,Chủ đề,Tên bài,Số tiết,Học kỳ,Trạng thái,Email giáo viên";

    [EngineFact]
    public async Task The_school_matrix_names_the_demo_gap_in_plain_words()
    {
        using var school = server.CreateClient();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);

        var page = await school.GetAsync("/curriculum");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Shows("Chưa có bài an toàn trên không gian mạng nào trong học kỳ 1 cho lớp 7."), page.Text);
        Assert.False(page.Shows("Chưa có bài an toàn trên không gian mạng nào trong học kỳ 1 cho lớp 6."));
        Assert.True(page.Shows("Đã dạy"));
    }

    [EngineFact]
    public async Task The_api_answers_for_the_callers_school_by_default_and_refuses_a_school_outside_the_scope()
    {
        using var school = server.CreateClient();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        var other = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);

        var own = await school.GetAsync("/api/v1/coverage");
        var foreign = await school.GetAsync($"/api/v1/coverage?org={other.Id}");
        var badYear = await school.GetAsync("/api/v1/coverage?year=2026");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        using var json = JsonDocument.Parse(own.Html);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(9, rows.GetArrayLength());
        var online = rows.EnumerateArray().Single(r => r.GetProperty("topic").GetString() == "online-safety");
        Assert.Equal(["6", "7", "8", "9"], online.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("grade").GetString()));
        Assert.Equal("taught", Status(online, "6"));
        Assert.Equal("planned", Status(online, "7"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.Status);
        Assert.Contains("2026-2027", badYear.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_district_officer_gets_the_roll_up_of_their_schools_and_not_another_districts()
    {
        using var district = server.CreateClient();
        await district.SignInAsync(DemoAccounts.DistrictOfficer);
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var otherDistrict = await server.OrganizationAsync(DemoAccounts.OtherDistrict);

        var rollup = await district.GetAsync("/api/v1/coverage?year=2026-2027");
        var drill = await district.GetAsync($"/api/v1/coverage?org={school.Id}");
        var foreign = await district.GetAsync($"/api/v1/coverage?org={otherDistrict.Id}");

        using var json = JsonDocument.Parse(rollup.Html);
        Assert.Equal("rollup", json.RootElement.GetProperty("scope").GetString());
        var online = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("topic").GetString() == "online-safety");
        var grade6 = online.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("grade").GetString() == "6");
        // PGD-HA teaches grade 6 in THCS-LQD and THTHCS-HA; both planned online safety, only THCS-LQD taught it.
        Assert.Equal((2, 2, 1), (grade6.GetProperty("schools").GetInt32(), grade6.GetProperty("planned").GetInt32(), grade6.GetProperty("taught").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, drill.Status);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
    }

    [EngineFact]
    public async Task A_plan_with_one_bad_row_writes_nothing_and_a_correct_plan_is_written_whole()
    {
        using var school = server.CreateClient();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        // Rows land where the demo plan already has lessons of the same status, so the other specs of this class see the same gaps.
        var lesson = "Bài kiểm thử " + Guid.NewGuid().ToString("N")[..8];
        var good = $"6,Tin học,online-safety,{lesson} A,1,1,Kế hoạch,teacher@demo.edu.vn";
        var badGrade = $"11,Tin học,online-safety,{lesson} B,1,1,Kế hoạch,";
        var badTopic = $"7,Ngữ văn,khong-co-chu-de,{lesson} C,1,2,Kế hoạch,";

        var refused = await school.UploadAsync("/curriculum/import", "Upload", "ke-hoach.csv", Csv(Header, good, badGrade, badTopic), "text/csv");

        Assert.True(refused.Shows("2 trong 3 dòng có lỗi."), refused.Text);
        Assert.True(refused.Shows("Trường không dạy lớp 11"));
        Assert.True(refused.Shows("Chủ đề “khong-co-chu-de” không có trong danh mục."));
        Assert.DoesNotContain("handler=Confirm", refused.Html, StringComparison.Ordinal);
        Assert.False((await school.GetAsync("/curriculum/entries?grade=6&topic=online-safety")).Shows(lesson));

        var preview = await school.UploadAsync("/curriculum/import", "Upload", "ke-hoach.csv", Csv(Header, good, $"7,Tin học,An toàn trên không gian mạng,{lesson} D,1,2,Kế hoạch,"), "text/csv");
        Assert.True(preview.Shows("Tất cả 2 dòng đều hợp lệ."), preview.Text);
        var done = await school.PostAsync("/curriculum/import?handler=Confirm", preview.AntiforgeryToken(), [new("Lines", preview.InputValue("Lines"))]);

        Assert.True(done.Shows("Đã nhập 2 bài vào kế hoạch năm học"), done.Text);
        Assert.True((await school.GetAsync("/curriculum/entries?grade=6&topic=online-safety")).Shows($"{lesson} A"));
        Assert.True((await school.GetAsync("/curriculum/entries?grade=7&topic=online-safety")).Shows($"{lesson} D"));
    }

    [EngineFact]
    public async Task A_teacher_opens_only_the_lessons_assigned_to_them_and_cannot_add_one()
    {
        using var teacher = server.CreateClient();
        await teacher.SignInAsync(DemoAccounts.Teacher);
        var list = await teacher.GetAsync("/curriculum/entries?topic=online-safety&grade=6");
        var ownEdit = System.Text.RegularExpressions.Regex.Match(list.Html, "/curriculum/entries/edit/([0-9a-f-]{36})").Groups[1].Value;

        var own = await teacher.GetAsync($"/curriculum/entries/edit/{ownEdit}");
        var create = await teacher.GetAsync("/curriculum/entries/edit");
        var others = await teacher.GetAsync("/curriculum/entries?topic=school-violence&grade=7");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.True(own.Shows("Bạn là giáo viên dạy bài này"));
        Assert.Equal(HttpStatusCode.Forbidden, create.Status);
        Assert.DoesNotContain("/curriculum/entries/edit/", others.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_lesson_or_an_activity_left_without_a_name_comes_back_with_the_message_in_vietnamese()
    {
        using var school = server.CreateClient();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);

        var entry = await school.SubmitAsync("/curriculum/entries/edit",
            ("Input.Grade", "6"), ("Input.Subject", "Khoa học tự nhiên"), ("Input.TopicCode", "drugs"), ("Input.Lesson", ""),
            ("Input.Periods", "1"), ("Input.Term", "1"), ("Input.Status", "Planned"), ("Input.TeacherId", ""), ("Input.EvidenceUrl", ""));
        var activity = await school.SubmitAsync("/curriculum/activities/edit",
            ("Input.Title", ""), ("Input.Date", "2026-11-20"), ("Input.Kind", "Assembly"), ("Input.Audience", "Pupils"),
            ("Input.Participants", "30"), ("Input.Topics", "drugs"), ("Input.EvidenceUrl", ""));

        Assert.Equal(HttpStatusCode.OK, entry.Status);
        Assert.True(entry.Shows("Hãy nhập tên bài."), entry.Text);
        Assert.Equal(HttpStatusCode.OK, activity.Status);
        Assert.True(activity.Shows("Hãy nhập tên hoạt động."), activity.Text);
        Assert.DoesNotContain("is required", entry.Text + activity.Text, StringComparison.Ordinal);
    }

    private static string? Status(JsonElement row, string grade) =>
        row.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("grade").GetString() == grade).GetProperty("status").GetString();

    private static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))];
}

public sealed class CurriculumOnSqlite(SqliteSite server) : CurriculumSpecs(server), IClassFixture<SqliteSite>;

public sealed class CurriculumOnPostgres(PostgresSite server) : CurriculumSpecs(server), IClassFixture<PostgresSite>;
