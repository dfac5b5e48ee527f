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
        _database.InScopeAsync(s => s.GetRequiredService<RosterImportService>().UploadAsync(content, "danh-sach.csv", caller ?? _database.Officer, CancellationToken.None));

    private Task<Outcome> ConfirmAsync(Guid id, bool validOnly, CallerScope? caller = null) =>
        _database.InScopeAsync(s => s.GetRequiredService<RosterImportService>().ConfirmAsync(id, validOnly, caller ?? _database.Officer, CancellationToken.None));

    private Task<RosterUpload?> FindAsync(Guid id, CallerScope? caller = null) =>
        _database.InScopeAsync(s => s.GetRequiredService<RosterImportService>().FindAsync(id, caller ?? _database.Officer, CancellationToken.None));

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
        Assert.Equal(3, upload.Rows.Count);
        Assert.Equal(1, upload.ValidCount);
        Assert.Equal(2, upload.ErrorCount);
        Assert.False(upload.Rows[0].IsValid); // rows with errors come first
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
        var upload = await FindAsync(id);
        Assert.Contains("đã được dùng cho một tài khoản khác", Assert.Single(upload!.Rows[0].Errors), StringComparison.Ordinal);
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
}
