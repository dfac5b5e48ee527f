using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Site.Roster;

namespace ChildSafety.Site.Tests.Roster;

public class RosterValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly RosterValidator Validator = new(TestText.Site);

    /// <summary>A district officer of district /1/2/, which has school THCS-A and the closed THCS-CU; THCS-B is in another district.</summary>
    private static RosterReferenceData Data(IEnumerable<RosterRow> rows, params string[] takenEmails) => new(
        new Dictionary<string, RosterOrganization>(StringComparer.OrdinalIgnoreCase)
        {
            ["THCS-A"] = new(3, "THCS-A", "Trường THCS A", "/1/2/3/", true),
            ["THCS-CU"] = new(4, "THCS-CU", "Trường THCS Cũ", "/1/2/4/", false),
            ["THCS-B"] = new(6, "THCS-B", "Trường THCS B", "/1/5/6/", true),
        },
        new HashSet<string>(takenEmails, StringComparer.OrdinalIgnoreCase),
        RosterKeys.Of(rows),
        new CallerScope(Guid.NewGuid(), 2, "/1/2/", [Roles.DistrictOfficer]),
        Today);

    private static RosterRow Row(
        int row = 2,
        string name = "Lê Văn An",
        string email = "an@truong.edu.vn",
        string organization = "THCS-A",
        string position = "Giáo viên",
        string roles = "",
        string startedOn = "") => new(row, name, email, organization, position, roles, startedOn);

    /// <summary>The rows checked as one roster, against the taken addresses given.</summary>
    private static List<CheckedRow> Validate(IReadOnlyList<RosterRow> rows, params string[] takenEmails)
    {
        var data = Data(rows, takenEmails);
        return [.. rows.Select(r => Validator.Check(r, data))];
    }

    private static CheckedRow Check(RosterRow row, params string[] takenEmails) => Assert.Single(Validate([row], takenEmails));

    private static string SingleError(RosterRow row, params string[] takenEmails) => Assert.Single(Check(row, takenEmails).Errors);

    [Fact]
    public void A_complete_row_becomes_a_draft_with_staff_role_and_todays_date_by_default()
    {
        var result = Check(Row(email: " An@Truong.edu.vn ", position: "giao vien"));

        Assert.True(result.IsValid);
        var draft = result.Draft!;
        Assert.Equal("an@truong.edu.vn", draft.Email);
        Assert.Equal(3, draft.OrganizationId);
        Assert.Equal(Position.Teacher, draft.Position);
        Assert.Equal([Roles.Staff], draft.Roles);
        Assert.Equal(Today, draft.StartedOn);
    }

    [Theory]
    [InlineData("cán bộ quản lý", Position.Manager)]
    [InlineData("Quản lý", Position.Manager)]
    [InlineData("manager", Position.Manager)]
    [InlineData("GIÁO VIÊN", Position.Teacher)]
    [InlineData("teacher", Position.Teacher)]
    [InlineData("Nhân viên", Position.Staff)]
    [InlineData("staff", Position.Staff)]
    public void Positions_are_understood_in_Vietnamese_and_English(string written, Position expected) =>
        Assert.Equal(expected, Check(Row(position: written)).Draft!.Position);

    [Theory]
    [InlineData("05/09/2024")]
    [InlineData("5/9/2024")]
    [InlineData("2024-09-05")]
    [InlineData("45540")]
    public void Start_dates_are_read_day_first_or_ISO_or_as_an_Excel_serial(string written) =>
        Assert.Equal(new DateOnly(2024, 9, 5), Check(Row(startedOn: written)).Draft!.StartedOn);

    [Fact]
    public void Roles_are_split_on_commas_and_semicolons()
    {
        var draft = Check(Row(roles: "Staff; school admin, Editor")).Draft!;

        Assert.Equal([Roles.Staff, Roles.SchoolAdmin, Roles.Editor], draft.Roles);
    }

    [Fact]
    public void A_repeated_email_flags_every_row_that_has_it()
    {
        var rows = Validate([Row(row: 2), Row(row: 3, email: "other@truong.edu.vn"), Row(row: 4, email: "AN@truong.edu.vn")]);

        Assert.Equal("Dòng 2, cột Email: an@truong.edu.vn bị lặp lại ở dòng 4.", Assert.Single(rows[0].Errors));
        Assert.True(rows[1].IsValid);
        Assert.Equal("Dòng 4, cột Email: an@truong.edu.vn bị lặp lại ở dòng 2.", Assert.Single(rows[2].Errors));
    }

    [Fact]
    public void An_email_that_already_has_an_account_is_an_error() =>
        Assert.Equal("Dòng 2, cột Email: an@truong.edu.vn đã được dùng cho một tài khoản khác.", SingleError(Row(), "an@truong.edu.vn"));

    [Fact]
    public void An_invalid_email_names_the_row_the_column_and_the_value() =>
        Assert.Equal("Dòng 7, cột Email: “an@truong” không phải địa chỉ e-mail hợp lệ.", SingleError(Row(row: 7, email: "an@truong")));

    [Fact]
    public void An_empty_name_is_an_error() =>
        Assert.Equal("Dòng 2, cột Họ và tên: chưa có họ và tên.", SingleError(Row(name: "")));

    [Fact]
    public void An_unknown_organization_code_is_an_error() =>
        Assert.Contains("không có đơn vị nào mã “THCS-Z”", SingleError(Row(organization: "THCS-Z")), StringComparison.Ordinal);

    [Fact]
    public void An_organization_outside_the_callers_scope_is_an_error() =>
        Assert.Contains("nằm ngoài phạm vi quản lý", SingleError(Row(organization: "THCS-B")), StringComparison.Ordinal);

    [Fact]
    public void An_inactive_organization_is_an_error() =>
        Assert.Contains("đã ngừng hoạt động", SingleError(Row(organization: "thcs-cu")), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_position_is_an_error() =>
        Assert.Contains("Chức vụ: “hiệu phó” không phải chức vụ", SingleError(Row(position: "hiệu phó")), StringComparison.Ordinal);

    [Fact]
    public void A_role_the_caller_cannot_give_is_an_error() =>
        Assert.Equal("Dòng 2, cột Vai trò: bạn không có quyền giao vai trò ProvinceOfficer.", SingleError(Row(roles: "Staff, ProvinceOfficer")));

    [Fact]
    public void An_unknown_role_is_an_error() =>
        Assert.Equal("Dòng 2, cột Vai trò: không có vai trò “Hiệu trưởng”.", SingleError(Row(roles: "Hiệu trưởng")));

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("09/2024")]
    [InlineData("hôm qua")]
    public void A_date_that_is_no_date_is_an_error(string written) =>
        Assert.Contains("Ngày bắt đầu", SingleError(Row(startedOn: written)), StringComparison.Ordinal);

    [Fact]
    public void Every_problem_of_a_row_is_reported_at_once()
    {
        var result = Check(Row(name: "", email: "x", organization: "", position: "", roles: "Boss", startedOn: "?"));

        Assert.Equal(6, result.Errors.Count);
        Assert.Null(result.Draft);
        Assert.All(result.Errors, e => Assert.StartsWith("Dòng 2, cột ", e, StringComparison.Ordinal));
    }

    [Fact]
    public void A_roster_of_fifty_thousand_rows_is_read_and_checked()
    {
        var reader = TestText.Reader();
        var read = reader.Read(SheetSource.OfBytes(RosterFiles.Utf8(RosterFiles.Generated(50_000, "THCS-A"), bom: true)), CancellationToken.None);

        var rows = Validate([.. read.Rows], "thanh49999@truong.edu.vn");

        Assert.Equal(50_000, rows.Count);
        Assert.Equal(49_999, rows.Count(r => r.IsValid));
        Assert.Equal(50_000, rows.Single(r => !r.IsValid).Source.Row);
    }
}
