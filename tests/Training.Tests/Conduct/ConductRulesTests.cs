using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Tests.Conduct;

/// <summary>The versioning and acknowledgment rules against a real database: province 1 → district 2 → schools 3 and 4.</summary>
public sealed class ConductRulesTests : IAsyncLifetime
{
    private static readonly CallerScope ProvinceOfficer = new(Guid.NewGuid(), 1, "/1/", [Roles.ProvinceOfficer], Position.Manager);
    private static readonly CallerScope SchoolAdmin = new(Guid.NewGuid(), 3, "/1/2/3/", [Roles.SchoolAdmin], Position.Manager);
    private static readonly CallerScope TeacherAtSchool3 = new(Guid.NewGuid(), 3, "/1/2/3/", [Roles.Staff], Position.Teacher);
    private static readonly CallerScope TeacherAtSchool4 = new(Guid.NewGuid(), 4, "/1/2/4/", [Roles.Staff], Position.Teacher);
    private static readonly CallerScope CaretakerAtSchool4 = new(Guid.NewGuid(), 4, "/1/2/4/", [Roles.Staff], Position.Staff);

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero));
    private TrainingDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TrainingDatabase.CreateAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_school_adaptation_applies_at_that_school_and_the_template_everywhere_else()
    {
        var template = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        var adaptation = await AdaptAsync(SchoolAdmin, template.PolicyId, "1. Trực sân trường giờ ra chơi.");

        Assert.Equal(adaptation.Id, (await InForceAsync(TeacherAtSchool3))!.VersionId);
        Assert.Equal(template.Id, (await InForceAsync(TeacherAtSchool4))!.VersionId);
    }

    [Fact]
    public async Task A_version_is_not_in_force_before_its_effective_date()
    {
        await PublishTemplateAsync("1. Tôn trọng học sinh.", effectiveFrom: new DateOnly(2026, 11, 3));

        Assert.Null(await InForceAsync(TeacherAtSchool4));
        _clock.Now = _clock.Now.AddDays(1);
        Assert.NotNull(await InForceAsync(TeacherAtSchool4));
    }

    [Fact]
    public async Task A_version_for_teachers_asks_nothing_of_other_staff()
    {
        await PublishTemplateAsync("1. Tôn trọng học sinh.", audience: PositionSet.Teachers);

        Assert.NotNull(await InForceAsync(TeacherAtSchool4));
        Assert.Null(await InForceAsync(CaretakerAtSchool4));
    }

    [Fact]
    public async Task Accepting_records_the_hash_shown_and_a_replayed_form_records_nothing_more()
    {
        var version = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        await using var scope = _database.Scope();
        var acknowledgments = TrainingDatabase.Get<ConductAcknowledgments>(scope);
        var answer = new ConductAnswer(version.Id, version.ContentHash!, AcknowledgmentDecision.Accepted, "127.0.0.1");

        Assert.True((await acknowledgments.AnswerAsync(TeacherAtSchool4, answer, default)).Succeeded);
        var replay = await acknowledgments.AnswerAsync(TeacherAtSchool4, answer, default);

        Assert.False(replay.Succeeded);
        var rows = await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.Where(a => a.PersonId == TeacherAtSchool4.PersonId).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(ConductHash.Of("1. Tôn trọng học sinh."), row.ContentHash);
        Assert.Equal("127.0.0.1", row.ClientAddress);
        Assert.False((await acknowledgments.StatusAsync(TeacherAtSchool4.PersonId, TeacherAtSchool4.OrganizationPath, Position.Teacher, default)).MustAnswer);
    }

    [Fact]
    public async Task An_acceptance_is_stored_only_together_with_its_audit_record()
    {
        var version = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        var answer = new ConductAnswer(version.Id, version.ContentHash!, AcknowledgmentDecision.Accepted, null);
        await using (var failing = _database.Scope())
        {
            var db = TrainingDatabase.Get<TrainingDbContext>(failing);
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_unavailable BEFORE INSERT ON \"AuditEvents\" BEGIN SELECT RAISE(ABORT, 'audit trail unavailable'); END");

            await Assert.ThrowsAnyAsync<DbUpdateException>(() => TrainingDatabase.Get<ConductAcknowledgments>(failing).AnswerAsync(TeacherAtSchool4, answer, default));

            Assert.Empty(await db.Acknowledgments.AsNoTracking().ToListAsync());
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_unavailable");
        }
        await using var scope = _database.Scope();

        Assert.True((await TrainingDatabase.Get<ConductAcknowledgments>(scope).AnswerAsync(TeacherAtSchool4, answer, default)).Succeeded);

        Assert.Single(await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.AsNoTracking().ToListAsync());
        var recorded = Assert.Single(await TrainingDatabase.Get<CoreDbContext>(scope).AuditEvents.AsNoTracking()
            .Where(e => e.PersonId == TeacherAtSchool4.PersonId).ToListAsync());
        Assert.Equal(ConductAuditKinds.Acknowledged, recorded.Kind);
    }

    [Fact]
    public async Task An_answer_for_a_text_other_than_the_one_in_force_is_refused_and_nothing_is_recorded()
    {
        var version = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        await using var scope = _database.Scope();
        var acknowledgments = TrainingDatabase.Get<ConductAcknowledgments>(scope);

        var wrongHash = await acknowledgments.AnswerAsync(TeacherAtSchool4, new ConductAnswer(version.Id, ConductHash.Of("khác"), AcknowledgmentDecision.Accepted, null), default);
        var wrongVersion = await acknowledgments.AnswerAsync(TeacherAtSchool4, new ConductAnswer(version.Id + 99, version.ContentHash!, AcknowledgmentDecision.Accepted, null), default);

        Assert.False(wrongHash.Succeeded);
        Assert.False(wrongVersion.Succeeded);
        Assert.Empty(await TrainingDatabase.Get<TrainingDbContext>(scope).Acknowledgments.ToListAsync());
    }

    [Fact]
    public async Task Declining_is_recorded_and_still_leaves_the_person_to_answer()
    {
        var version = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        await using var scope = _database.Scope();
        var acknowledgments = TrainingDatabase.Get<ConductAcknowledgments>(scope);

        var declined = await acknowledgments.AnswerAsync(TeacherAtSchool4, new ConductAnswer(version.Id, version.ContentHash!, AcknowledgmentDecision.Declined, null), default);

        Assert.True(declined.Succeeded);
        var status = await acknowledgments.StatusAsync(TeacherAtSchool4.PersonId, TeacherAtSchool4.OrganizationPath, Position.Teacher, default);
        Assert.Equal(AcknowledgmentDecision.Declined, status.Answer);
        Assert.True(status.MustAnswer);
    }

    [Fact]
    public async Task A_published_version_never_changes_and_a_new_version_asks_everyone_again()
    {
        var first = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        await using var scope = _database.Scope();
        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var acknowledgments = TrainingDatabase.Get<ConductAcknowledgments>(scope);
        await acknowledgments.AnswerAsync(TeacherAtSchool4, new ConductAnswer(first.Id, first.ContentHash!, AcknowledgmentDecision.Accepted, null), default);

        var edit = await policies.SaveDraftAsync(ProvinceOfficer, first.Id, new ConductDraft("sửa lén", first.EffectiveFrom, PositionSet.Everyone, first.UpdatedAt), default);
        Assert.False(edit.Succeeded);

        var (_, draft) = await policies.NewVersionAsync(ProvinceOfficer, first.PolicyId, default);
        Assert.True((await policies.SaveDraftAsync(ProvinceOfficer, draft!.Id, new ConductDraft("1. Tôn trọng và lắng nghe học sinh.", first.EffectiveFrom, PositionSet.Everyone, draft.UpdatedAt), default)).Succeeded);
        Assert.True((await policies.PublishAsync(ProvinceOfficer, draft.Id, default)).Succeeded);

        var status = await acknowledgments.StatusAsync(TeacherAtSchool4.PersonId, TeacherAtSchool4.OrganizationPath, Position.Teacher, default);
        Assert.Equal(draft.Id, status.InForce!.VersionId);
        Assert.True(status.MustAnswer);
        Assert.Equal(first.Id, status.LastAcceptedVersionId);
        var unchanged = await TrainingDatabase.Get<TrainingDbContext>(scope).ConductVersions.AsNoTracking().FirstAsync(v => v.Id == first.Id);
        Assert.Equal("1. Tôn trọng học sinh.", unchanged.Text);
    }

    [Fact]
    public async Task A_draft_saved_from_a_stale_form_is_refused()
    {
        var template = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        await using var scope = _database.Scope();
        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var (_, draft) = await policies.NewVersionAsync(ProvinceOfficer, template.PolicyId, default);
        var openedAt = draft!.UpdatedAt;

        _clock.Now = _clock.Now.AddMinutes(1);
        Assert.True((await policies.SaveDraftAsync(ProvinceOfficer, draft.Id, new ConductDraft("Bản của người thứ nhất", template.EffectiveFrom, PositionSet.Everyone, openedAt), default)).Succeeded);
        var second = await policies.SaveDraftAsync(ProvinceOfficer, draft.Id, new ConductDraft("Bản của người thứ hai", template.EffectiveFrom, PositionSet.Everyone, openedAt), default);

        Assert.False(second.Succeeded);
        Assert.Equal("Bản của người thứ nhất", (await TrainingDatabase.Get<TrainingDbContext>(scope).ConductVersions.AsNoTracking().FirstAsync(v => v.Id == draft.Id)).Text);
    }

    [Fact]
    public async Task A_new_version_of_an_adaptation_takes_the_newest_template_and_keeps_the_school_additions()
    {
        var template = await PublishTemplateAsync("1. Tôn trọng học sinh.");
        var adaptation = await AdaptAsync(SchoolAdmin, template.PolicyId, "1. Trực sân trường giờ ra chơi.");
        await using var scope = _database.Scope();
        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var (_, templateDraft) = await policies.NewVersionAsync(ProvinceOfficer, template.PolicyId, default);
        await policies.SaveDraftAsync(ProvinceOfficer, templateDraft!.Id, new ConductDraft("1. Tôn trọng và bảo vệ học sinh.", template.EffectiveFrom, PositionSet.Everyone, templateDraft.UpdatedAt), default);
        await policies.PublishAsync(ProvinceOfficer, templateDraft.Id, default);

        var (_, next) = await policies.NewVersionAsync(SchoolAdmin, adaptation.PolicyId, default);

        Assert.Equal(ConductPolicies.Combine("1. Tôn trọng và bảo vệ học sinh.", "1. Trực sân trường giờ ra chơi."), next!.Text);
    }

    private async Task<VersionInForce?> InForceAsync(CallerScope person)
    {
        await using var scope = _database.Scope();
        return await TrainingDatabase.Get<ConductInForce>(scope).ForAsync(person.OrganizationPath, person.Position, default);
    }

    private async Task<ConductVersion> PublishTemplateAsync(string text, DateOnly? effectiveFrom = null, PositionSet audience = PositionSet.Everyone)
    {
        await using var scope = _database.Scope();
        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var (_, policy) = await policies.CreateAsync(ProvinceOfficer, "Quy tắc ứng xử mẫu", templateId: null, default);
        var draft = policy!.Versions.Single();
        var saved = await policies.SaveDraftAsync(ProvinceOfficer, draft.Id, new ConductDraft(text, effectiveFrom ?? new DateOnly(2026, 9, 1), audience, draft.UpdatedAt), default);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Value)));
        Assert.True((await policies.PublishAsync(ProvinceOfficer, draft.Id, default)).Succeeded);
        return await TrainingDatabase.Get<TrainingDbContext>(scope).ConductVersions.AsNoTracking().FirstAsync(v => v.Id == draft.Id);
    }

    private async Task<ConductVersion> AdaptAsync(CallerScope admin, int templateId, string additions)
    {
        await using var scope = _database.Scope();
        var policies = TrainingDatabase.Get<ConductPolicies>(scope);
        var (created, policy) = await policies.CreateAsync(admin, "Quy tắc của trường", templateId, default);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Value)));
        var draft = policy!.Versions.Single();
        Assert.True((await policies.SaveDraftAsync(admin, draft.Id, new ConductDraft(additions, new DateOnly(2026, 9, 5), PositionSet.Everyone, draft.UpdatedAt), default)).Succeeded);
        Assert.True((await policies.PublishAsync(admin, draft.Id, default)).Succeeded);
        return await TrainingDatabase.Get<TrainingDbContext>(scope).ConductVersions.AsNoTracking().FirstAsync(v => v.Id == draft.Id);
    }
}
