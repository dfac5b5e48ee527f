using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Roster;

/// <summary>The import from upload to confirmation, against a real SQLite database file; a fresh one per test.</summary>
public sealed class RosterImportTests : IAsyncLifetime
{
    private readonly RosterDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static byte[] Roster(params string[] rows) => RosterFiles.Utf8(RosterFiles.Lines([RosterFiles.Header, .. rows]), bom: true);

    private static readonly byte[] ValidRoster = Roster(
        "Nguyễn Thị Hương,huong@truong.edu.vn,THCS-A,Giáo viên,,05/09/2024",
        "Trần Văn Bình,Binh@Truong.edu.vn,THCS-A,Cán bộ quản lý,Staff; SchoolAdmin,",
        "Lê Thị Cúc,cuc@phong.edu.vn,PGD-CG,Nhân viên,Editor,2023-01-15");

    private static readonly byte[] RosterWithErrors = Roster(
        "Nguyễn Thị Hương,huong@truong.edu.vn,THCS-A,Giáo viên,,05/09/2024",
        "Trần Văn Bình,binh@truong.edu.vn,THCS-B,Giáo viên,,",
        "Lê Thị Cúc,cuc@phong.edu.vn,PGD-CG,Nhân viên,,31/02/2024");

    private Task<(Outcome Outcome, Guid? UploadId)> UploadAsync(byte[] content, CallerScope? caller = null) =>
        _database.InScopeAsync(async s =>
        {
            using var stream = new MemoryStream(content, writable: false);
            return await s.GetRequiredService<RosterImportService>().UploadAsync(stream, "danh-sach.csv", caller ?? _database.Officer, CancellationToken.None);
        });

    private Task<Outcome> ConfirmAsync(Guid id, bool validOnly, CallerScope? caller = null) =>
        _database.InScopeAsync(s => s.GetRequiredService<RosterImportService>().ConfirmAsync(id, validOnly, caller ?? _database.Officer, CancellationToken.None));

    private Task<RosterUpload?> FindAsync(Guid id, CallerScope? caller = null) =>
        _database.InScopeAsync(s => s.GetRequiredService<RosterImportService>().FindAsync(id, caller ?? _database.Officer, CancellationToken.None));

    /// <summary>The first page of the rows with errors and the requested page of the valid ones, as the preview shows them.</summary>
    private Task<(RowPage Errors, RowPage Valid)> PagesAsync(Guid id, int validPage = 1) =>
        _database.InScopeAsync(async s =>
        {
            var service = s.GetRequiredService<RosterImportService>();
            var upload = await service.FindAsync(id, _database.Officer, CancellationToken.None);
            return (service.ErrorPage(upload!, 1), service.ValidPage(upload!, validPage));
        });

    private Task<int> PeopleCountAsync() =>
        _database.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Users.CountAsync());

    private async Task<Guid> UploadedAsync(byte[] content)
    {
        var (outcome, id) = await UploadAsync(content);
        Assert.True(outcome.Succeeded);
        return id!.Value;
    }

    [Fact]
    public async Task An_upload_is_checked_and_kept_but_writes_nobody()
    {
        var id = await UploadedAsync(RosterWithErrors);

        var upload = await FindAsync(id);
        Assert.NotNull(upload);
        Assert.Equal(3, upload.RowCount);
        Assert.Equal(1, upload.ValidCount);
        Assert.Equal(2, upload.ErrorCount);
        var (errors, valid) = await PagesAsync(id);
        Assert.Equal([3, 4], errors.Items.Select(r => r.Source.Row));
        Assert.All(errors.Items, r => Assert.False(r.IsValid));
        Assert.Equal(2, Assert.Single(valid.Items).Source.Row);
        Assert.Equal(0, await PeopleCountAsync());
    }

    [Fact]
    public async Task A_file_without_errors_imports_everyone()
    {
        var id = await UploadedAsync(ValidRoster);

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.True(outcome.Succeeded);
        Assert.Equal(3, await PeopleCountAsync());
        var upload = await FindAsync(id);
        Assert.Equal(3, upload!.ImportedCount);
    }

    [Fact]
    public async Task A_file_with_errors_writes_nothing_when_all_rows_are_asked_for()
    {
        var id = await UploadedAsync(RosterWithErrors);

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.False(outcome.Succeeded);
        Assert.Equal(0, await PeopleCountAsync());
    }

    [Fact]
    public async Task Choosing_valid_rows_only_imports_exactly_those()
    {
        var id = await UploadedAsync(RosterWithErrors);

        var outcome = await ConfirmAsync(id, validOnly: true);

        Assert.True(outcome.Succeeded);
        var emails = await _database.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Users.Select(p => p.Email).ToListAsync());
        Assert.Equal(["huong@truong.edu.vn"], emails);
        var upload = await FindAsync(id);
        Assert.Equal(1, upload!.ImportedCount);
        Assert.Equal(2, upload.SkippedCount);
    }

    [Fact]
    public async Task Imported_people_are_identity_users_found_by_email_with_their_roles()
    {
        await ConfirmAsync(await UploadedAsync(ValidRoster), validOnly: false);

        await _database.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<Person>>();
            var binh = await users.FindByEmailAsync("BINH@truong.edu.vn");
            Assert.NotNull(binh);
            Assert.Equal("Trần Văn Bình", binh.FullName);
            Assert.Equal("binh@truong.edu.vn", binh.UserName);
            Assert.Equal("BINH@TRUONG.EDU.VN", binh.NormalizedUserName);
            Assert.True(binh.EmailConfirmed);
            Assert.False(string.IsNullOrEmpty(binh.SecurityStamp));
            Assert.False(string.IsNullOrEmpty(binh.ConcurrencyStamp));
            Assert.Null(binh.PasswordHash);
            Assert.Equal(Position.Manager, binh.Position);
            Assert.Equal(["SchoolAdmin", "Staff"], (await users.GetRolesAsync(binh)).Order());
            Assert.Same(binh, await users.FindByNameAsync("binh@truong.edu.vn"));
            Assert.Same(binh, await users.FindByIdAsync(binh.Id.ToString()));
            Assert.True(binh.LockoutEnabled);
            Assert.True(binh.IsActive);
            Assert.True(binh.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-5));

            var huong = await users.FindByEmailAsync("huong@truong.edu.vn");
            Assert.Equal(new DateOnly(2024, 9, 5), huong!.StartedOn);
            Assert.Equal(["Staff"], await users.GetRolesAsync(huong));

            var cuc = await users.FindByEmailAsync("cuc@phong.edu.vn");
            Assert.Equal(["Editor"], await users.GetRolesAsync(cuc!));
            Assert.True(await users.IsInRoleAsync(cuc!, Roles.Editor));
            return true;
        });
    }

    [Fact]
    public async Task An_email_taken_after_the_upload_is_caught_at_confirmation_and_nothing_is_written()
    {
        var id = await UploadedAsync(ValidRoster);
        await _database.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<Person>>();
            var organizationId = await s.GetRequiredService<CoreDbContext>().Organizations.Where(o => o.Code == "THCS-A").Select(o => o.Id).SingleAsync();
            return await users.CreateAsync(new Person { FullName = "Người khác", Email = "huong@truong.edu.vn", UserName = "huong@truong.edu.vn", OrganizationId = organizationId });
        });

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.False(outcome.Succeeded);
        Assert.Equal(1, await PeopleCountAsync());
        var (errors, _) = await PagesAsync(id);
        Assert.Contains("đã được dùng cho một tài khoản khác", Assert.Single(Assert.Single(errors.Items).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_twice_imports_once()
    {
        var id = await UploadedAsync(ValidRoster);
        await ConfirmAsync(id, validOnly: false);

        var again = await ConfirmAsync(id, validOnly: false);

        Assert.False(again.Succeeded);
        Assert.Equal(3, await PeopleCountAsync());
    }

    [Fact]
    public async Task Nobody_but_the_uploader_can_read_or_confirm_an_upload()
    {
        var id = await UploadedAsync(ValidRoster);

        Assert.Null(await FindAsync(id, _database.OtherOfficer));
        Assert.False((await ConfirmAsync(id, validOnly: false, _database.OtherOfficer)).Succeeded);
        Assert.Equal(0, await PeopleCountAsync());
    }

    [Fact]
    public async Task A_roster_with_missing_columns_is_refused_and_nothing_is_kept()
    {
        var (outcome, id) = await UploadAsync(RosterFiles.Utf8(RosterFiles.Lines("Họ và tên,Email", "Lê Văn An,an@truong.edu.vn")));

        Assert.False(outcome.Succeeded);
        Assert.Null(id);
        Assert.Equal(0, await PeopleCountAsync());
    }

    [Fact]
    public async Task A_workbook_that_breaks_halfway_is_refused_with_one_message_and_nothing_is_kept()
    {
        var workbook = RosterFiles.Xlsx(Enumerable.Range(1, 20_000).Select(i => (IDictionary<string, object>)new Dictionary<string, object>
        {
            ["Họ và tên"] = $"Nguyễn Văn Thành {i}",
            ["Email"] = $"thanh{i}@truong.edu.vn",
            ["Mã đơn vị"] = "THCS-A",
            ["Chức vụ"] = "Giáo viên",
        }));
        // The sheet's compressed rows fill the middle of the file; its header row and the zip's directory are intact.
        Array.Fill(workbook, (byte)0xA5, workbook.Length / 2, 4096);

        var (outcome, id) = await UploadAsync(workbook);

        Assert.Null(id);
        Assert.Contains("Không đọc được tệp Excel", Assert.Single(outcome.Errors).Value, StringComparison.Ordinal);
        var imports = Path.Combine(_database.Services.GetRequiredService<DatabaseSettings>().DataPath, "imports");
        Assert.Empty(Directory.EnumerateFiles(imports));
    }

    [Fact]
    public async Task A_large_roster_is_imported_in_batches_within_one_transaction()
    {
        // Large enough that the import also hands its working memory back when it ends.
        const int rows = RosterLimits.LargeRoster;
        var id = await UploadedAsync(RosterFiles.Utf8(RosterFiles.Generated(rows, "THCS-A")));

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.True(outcome.Succeeded);
        Assert.Equal(rows, await PeopleCountAsync());
        var roles = await _database.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().UserRoles.CountAsync());
        Assert.Equal(rows, roles);
    }

    [Fact]
    public async Task A_roster_of_several_batches_imports_every_row_and_keeps_no_rows_once_imported()
    {
        const int rows = RosterImporter.BatchSize * 2 + 1;
        var id = await UploadedAsync(RosterFiles.Utf8(RosterFiles.Generated(rows, "THCS-A")));

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.True(outcome.Succeeded);
        Assert.Equal(rows, await PeopleCountAsync());
        Assert.Equal(rows, (await FindAsync(id))!.ImportedCount);
        var (errors, valid) = await PagesAsync(id);
        Assert.Empty(errors.Items);
        Assert.Empty(valid.Items);
    }

    [Fact]
    public async Task An_invalid_row_in_a_late_batch_is_shown_and_only_the_valid_rows_are_imported()
    {
        const int rows = RosterImporter.BatchSize * 2 + 1;
        var lines = RosterFiles.Generated(rows, "THCS-A").Replace(
            $"thanh{rows - 1}@truong.edu.vn,THCS-A,Giáo viên", $"thanh{rows - 1}@truong.edu.vn,THCS-A,Hiệu phó", StringComparison.Ordinal);
        var id = await UploadedAsync(RosterFiles.Utf8(lines));

        var (errors, valid) = await PagesAsync(id, validPage: int.MaxValue);
        var error = Assert.Single(errors.Items);
        Assert.Equal(rows, error.Source.Row); // the header is row 1
        Assert.Contains("“Hiệu phó” không phải chức vụ", Assert.Single(error.Errors), StringComparison.Ordinal);
        Assert.Equal(rows - 1, valid.Total);
        Assert.Equal((rows - 1 + RowPage.Size - 1) / RowPage.Size, valid.Number);
        Assert.Equal(rows + 1, valid.Items[^1].Source.Row);

        Assert.False((await ConfirmAsync(id, validOnly: false)).Succeeded);
        Assert.Equal(0, await PeopleCountAsync());
        Assert.True((await ConfirmAsync(id, validOnly: true)).Succeeded);
        Assert.Equal(rows - 1, await PeopleCountAsync());
        Assert.Equal(1, (await FindAsync(id))!.SkippedCount);
    }

    [Fact]
    public async Task An_email_taken_after_the_upload_in_a_late_batch_stops_the_whole_import()
    {
        const int rows = RosterImporter.BatchSize * 2 + 1;
        var id = await UploadedAsync(RosterFiles.Utf8(RosterFiles.Generated(rows, "THCS-A")));
        await _database.InScopeAsync(async s =>
        {
            var organizationId = await s.GetRequiredService<CoreDbContext>().Organizations.Where(o => o.Code == "THCS-A").Select(o => o.Id).SingleAsync();
            return await s.GetRequiredService<UserManager<Person>>().CreateAsync(
                new Person { FullName = "Người khác", Email = $"thanh{rows}@truong.edu.vn", UserName = $"thanh{rows}@truong.edu.vn", OrganizationId = organizationId });
        });

        var outcome = await ConfirmAsync(id, validOnly: false);

        Assert.False(outcome.Succeeded);
        Assert.Equal(1, await PeopleCountAsync());
        var (errors, valid) = await PagesAsync(id);
        Assert.Equal(rows + 1, Assert.Single(errors.Items).Source.Row);
        Assert.Equal(rows - 1, valid.Total);
    }
}
