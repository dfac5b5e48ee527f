using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;

namespace ChildSafety.Training.Tests.Commitments;

public sealed class FamilyCommitmentTests : IAsyncLifetime
{
    private static readonly CallerScope SchoolAdmin = new(Guid.NewGuid(), 3, "/1/2/3/", [Roles.SchoolAdmin], Position.Manager);

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero));
    private TrainingDatabase _database = null!;
    private int _commitmentId;

    public async Task InitializeAsync()
    {
        _database = await TrainingDatabase.CreateAsync(_clock);
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);
        Assert.True((await commitments.PublishAsync(SchoolAdmin, "2026-2027", "Cam kết", "1. Không dùng bạo lực với con.", default)).Succeeded);
        _commitmentId = (await commitments.ForAsync(3, "2026-2027", default))!.Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_parent_link_signs_once_and_only_once()
    {
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);
        var (_, links) = await commitments.InviteAsync(SchoolAdmin, _commitmentId, "7A", "Nguyễn Minh Anh\nTrần Gia Bảo\n", default);

        var first = await commitments.SignOnlineAsync(links[0].Token, "Nguyễn Văn Bình", "127.0.0.1", default);
        var second = await commitments.SignOnlineAsync(links[0].Token, "Người khác", "127.0.0.1", default);

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        var count = Assert.Single(await commitments.CountsAsync(_commitmentId, default));
        Assert.Equal(new ClassCount("7A", 2, 1, 0), count);
        Assert.Equal("Nguyễn Văn Bình", (await commitments.FindByTokenAsync(links[0].Token, default))!.SignerName);
    }

    [Fact]
    public async Task A_made_up_token_signs_nothing()
    {
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);
        await commitments.InviteAsync(SchoolAdmin, _commitmentId, "7A", "Nguyễn Minh Anh", default);

        Assert.False((await commitments.SignOnlineAsync(CommitmentToken.New(), "Ai đó", null, default)).Succeeded);
        Assert.Equal(0, (await commitments.CountsAsync(_commitmentId, default)).Single().SignedInAll);
    }

    [Fact]
    public async Task A_reissued_link_replaces_the_lost_one()
    {
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);
        var (_, links) = await commitments.InviteAsync(SchoolAdmin, _commitmentId, "8B", "Đỗ Quỳnh Như", default);

        var reissued = await commitments.ReissueAsync(SchoolAdmin, links[0].InvitationId, default);

        Assert.Null(await commitments.FindByTokenAsync(links[0].Token, default));
        Assert.True((await commitments.SignOnlineAsync(reissued!.Token, "Đỗ Văn Hải", null, default)).Succeeded);
    }

    [Fact]
    public async Task A_printed_sheet_is_recorded_by_the_school_with_the_recorder_named()
    {
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);
        var (_, links) = await commitments.InviteAsync(SchoolAdmin, _commitmentId, "8B", "Bùi Tuấn Kiệt", default);

        Assert.True((await commitments.RecordPaperAsync(SchoolAdmin, links[0].InvitationId, "Bùi Văn Nam", default)).Succeeded);

        var invitation = (await commitments.ClassAsync(SchoolAdmin, _commitmentId, "8B", default)).Single();
        Assert.Equal(AcknowledgmentMethod.Paper, invitation.Method);
        Assert.Equal(SchoolAdmin.PersonId, invitation.RecordedById);
        Assert.False((await commitments.SignOnlineAsync(links[0].Token, "Bùi Văn Nam", null, default)).Succeeded);
    }

    [Fact]
    public async Task A_school_publishes_one_commitment_per_year_and_it_never_changes()
    {
        await using var scope = _database.Scope();
        var commitments = TrainingDatabase.Get<FamilyCommitments>(scope);

        var again = await commitments.PublishAsync(SchoolAdmin, "2026-2027", "Cam kết mới", "Nội dung khác", default);

        Assert.False(again.Succeeded);
        Assert.Equal("1. Không dùng bạo lực với con.", (await commitments.ForAsync(3, "2026-2027", default))!.Text);
        Assert.False((await commitments.PublishAsync(SchoolAdmin, "2026-2028", "Cam kết", "x", default)).Succeeded);
    }
}
