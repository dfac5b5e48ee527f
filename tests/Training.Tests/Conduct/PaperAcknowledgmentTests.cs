using System.Text;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Tests.Conduct;

public sealed class PaperAcknowledgmentTests : IAsyncLifetime
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero));
    private TrainingDatabase _database = null!;
    private CallerScope _schoolAdmin = null!;
    private Guid _teacher;
    private Guid _teacherElsewhere;
    private int _versionId;

    public async Task InitializeAsync()
    {
        _database = await TrainingDatabase.CreateAsync(_clock);
        await using var scope = _database.Scope();
        var core = TrainingDatabase.Get<CoreDbContext>(scope);
        var province = new Organization { Name = "Sở", Code = "SGD", Kind = OrganizationKind.Province };
        core.Organizations.Add(province);
        await core.SaveChangesAsync();
        province.Path = OrganizationPath.Root(province.Id);
        var school = new Organization { Name = "Trường A", Code = "A", Kind = OrganizationKind.School, Level = SchoolLevel.Primary, ParentId = province.Id };
        var other = new Organization { Name = "Trường B", Code = "B", Kind = OrganizationKind.School, Level = SchoolLevel.Primary, ParentId = province.Id };
        core.Organizations.AddRange(school, other);
        await core.SaveChangesAsync();
        school.Path = OrganizationPath.Child(province.Path, school.Id);
        other.Path = OrganizationPath.Child(province.Path, other.Id);
        var teacher = Teacher("co.lan@a.edu.vn", school.Id);
        var elsewhere = Teacher("co.hoa@b.edu.vn", other.Id);
        core.Users.AddRange(teacher, elsewhere);
        await core.SaveChangesAsync();
        (_teacher, _teacherElsewhere) = (teacher.Id, elsewhere.Id);
        _schoolAdmin = new CallerScope(Guid.NewGuid(), school.Id, school.Path, [Roles.SchoolAdmin], Position.Manager);

        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var provinceOfficer = new CallerScope(Guid.NewGuid(), province.Id, province.Path, [Roles.ProvinceOfficer], Position.Manager);
        var (_, policy) = await policies.CreateAsync(provinceOfficer, "Quy tắc", null, default);
        var draft = policy!.Versions.Single();
        await policies.SaveDraftAsync(provinceOfficer, draft.Id, new ConductDraft("1. Tôn trọng học sinh.", new DateOnly(2026, 9, 1), PositionSet.Everyone, draft.UpdatedAt), default);
        await policies.PublishAsync(provinceOfficer, draft.Id, default);
        _versionId = draft.Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_signed_scan_is_kept_and_the_administrator_is_named_as_recorder()
    {
        await using var scope = _database.Scope();
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n% bản cam kết đã ký\n"));

        var outcome = await TrainingDatabase.Get<PaperAcknowledgments>(scope).RecordAsync(_schoolAdmin, _teacher, _versionId, pdf, pdf.Length, default);

        Assert.True(outcome.Succeeded);
        var row = await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.SingleAsync();
        Assert.Equal(AcknowledgmentMethod.Paper, row.Method);
        Assert.Equal(_schoolAdmin.PersonId, row.RecordedById);
        Assert.True(File.Exists(Path.Combine(_database.DataPath, row.EvidencePath!)));
    }

    [Fact]
    public async Task A_file_that_only_claims_to_be_an_image_is_refused_and_nothing_is_kept()
    {
        await using var scope = _database.Scope();
        using var executable = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

        var outcome = await TrainingDatabase.Get<PaperAcknowledgments>(scope).RecordAsync(_schoolAdmin, _teacher, _versionId, executable, executable.Length, default);

        Assert.False(outcome.Succeeded);
        Assert.Empty(await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(_database.DataPath, PaperAcknowledgments.EvidenceFolder)));
    }

    [Fact]
    public async Task A_school_administrator_cannot_record_for_someone_at_another_school()
    {
        await using var scope = _database.Scope();
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n"));

        var outcome = await TrainingDatabase.Get<PaperAcknowledgments>(scope).RecordAsync(_schoolAdmin, _teacherElsewhere, _versionId, pdf, pdf.Length, default);

        Assert.False(outcome.Succeeded);
        Assert.Empty(await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.ToListAsync());
    }

    private static Person Teacher(string email, int organizationId) => new()
    {
        FullName = email,
        Email = email,
        UserName = email,
        NormalizedEmail = email.ToUpperInvariant(),
        NormalizedUserName = email.ToUpperInvariant(),
        OrganizationId = organizationId,
        Position = Position.Teacher,
        SecurityStamp = Guid.NewGuid().ToString(),
    };
}
