using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Commitments;

/// <summary>
/// Annual family–school commitments: the school publishes the text for a school year, asks each pupil's family by a
/// one-time link or a printed sheet, and counts signatures per class.
/// </summary>
public sealed class FamilyCommitments(TrainingDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<TrainingText> text)
{
    public const string SignedAuditKind = "commitment.signed";
    private const int MaxPupilsPerRequest = 200;

    public Task<FamilyCommitment?> ForAsync(int organizationId, string schoolYear, CancellationToken cancellationToken) =>
        db.FamilyCommitments.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId && c.SchoolYear == schoolYear, cancellationToken);

    public async Task<Outcome> PublishAsync(CallerScope caller, string schoolYear, string title, string body, CancellationToken cancellationToken)
    {
        var outcome = new Outcome();
        if (!Core.Text.SchoolYear.TryParse(schoolYear, out _))
        {
            outcome.Add("SchoolYear", text["Năm học phải có dạng 2026-2027."]);
        }
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            outcome.Add("Title", text["Hãy nhập tiêu đề (tối đa 200 ký tự)."]);
        }
        if (string.IsNullOrWhiteSpace(body) || body.Length > 50_000)
        {
            outcome.Add("Body", text["Hãy nhập nội dung bản cam kết (tối đa 50.000 ký tự)."]);
        }
        if (await db.FamilyCommitments.AnyAsync(c => c.OrganizationId == caller.OrganizationId && c.SchoolYear == schoolYear, cancellationToken).ConfigureAwait(false))
        {
            outcome.Add("", text["Trường đã ban hành bản cam kết cho năm học này; bản đã ban hành không thể sửa."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        db.FamilyCommitments.Add(new FamilyCommitment
        {
            OrganizationId = caller.OrganizationId,
            SchoolYear = schoolYear,
            Title = title.Trim(),
            Text = body.Trim(),
            ContentHash = ConductHash.Of(body.Trim()),
            PublishedAt = clock.GetUtcNow(),
            PublishedById = caller.PersonId,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome.Success;
    }

    /// <summary>Creates a one-time link for each pupil named (one per line) in a class.</summary>
    public async Task<(Outcome Outcome, IReadOnlyList<IssuedLink> Links)> InviteAsync(CallerScope caller, int commitmentId, string className, string pupils, CancellationToken cancellationToken)
    {
        var commitment = await db.FamilyCommitments.FirstOrDefaultAsync(c => c.Id == commitmentId && c.OrganizationId == caller.OrganizationId, cancellationToken).ConfigureAwait(false);
        var names = (pupils ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var outcome = new Outcome();
        if (commitment is null)
        {
            outcome.Add("", text["Không tìm thấy bản cam kết của trường."]);
        }
        if (string.IsNullOrWhiteSpace(className) || className.Trim().Length > 20)
        {
            outcome.Add("ClassName", text["Hãy nhập tên lớp (tối đa 20 ký tự), ví dụ 7A."]);
        }
        if (names.Count == 0)
        {
            outcome.Add("Pupils", text["Hãy nhập tên học sinh, mỗi dòng một em."]);
        }
        else if (names.Count > MaxPupilsPerRequest || names.Any(n => n.Length > 200))
        {
            outcome.Add("Pupils", text["Mỗi lần nhập tối đa {0} học sinh, mỗi tên tối đa 200 ký tự.", MaxPupilsPerRequest]);
        }
        if (!outcome.Succeeded)
        {
            return (outcome, []);
        }
        var issued = new List<(CommitmentInvitation Invitation, string Token)>();
        foreach (var name in names)
        {
            var token = CommitmentToken.New();
            var invitation = new CommitmentInvitation
            {
                CommitmentId = commitment!.Id,
                ClassName = className.Trim(),
                PupilName = name,
                TokenHash = CommitmentToken.Hash(token),
                CreatedAt = clock.GetUtcNow(),
            };
            db.CommitmentInvitations.Add(invitation);
            issued.Add((invitation, token));
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (Outcome.Success, issued.Select(i => new IssuedLink(i.Invitation.Id, i.Invitation.ClassName, i.Invitation.PupilName, i.Token)).ToList());
    }

    /// <summary>Replaces a lost link; the old one stops working.</summary>
    public async Task<IssuedLink?> ReissueAsync(CallerScope caller, long invitationId, CancellationToken cancellationToken)
    {
        var invitation = await OwnUnsignedAsync(caller, invitationId, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return null;
        }
        var token = CommitmentToken.New();
        invitation.TokenHash = CommitmentToken.Hash(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedLink(invitation.Id, invitation.ClassName, invitation.PupilName, token);
    }

    public async Task<CommitmentInvitation?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }
        var hash = CommitmentToken.Hash(token);
        return await db.CommitmentInvitations.AsNoTracking().Include(i => i.Commitment)
            .FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A parent signs through their link; the link works once.</summary>
    public async Task<Outcome> SignOnlineAsync(string token, string signerName, string? clientAddress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signerName) || signerName.Trim().Length > 200)
        {
            return Outcome.Fail("SignerName", text["Hãy nhập họ và tên của cha, mẹ hoặc người giám hộ."]);
        }
        var hash = CommitmentToken.Hash(token ?? "");
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var signed = await db.CommitmentInvitations
                .Where(i => i.TokenHash == hash && i.SignedAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.SignedAt, clock.GetUtcNow())
                    .SetProperty(i => i.SignerName, signerName.Trim())
                    .SetProperty(i => i.Method, AcknowledgmentMethod.Online)
                    .SetProperty(i => i.ClientAddress, clientAddress), cancellationToken).ConfigureAwait(false);
            if (signed == 0)
            {
                return Outcome.Fail("", text["Liên kết không hợp lệ hoặc bản cam kết đã được ký qua liên kết này."]);
            }
            var invitation = await db.CommitmentInvitations.AsNoTracking().Include(i => i.Commitment).FirstAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
            // The update bypasses change tracking, so the audit's kept figures are outdated here.
            await FigureInvalidation.InvalidateAsync(db.Database, [FigureScope.Organization(invitation.Commitment!.OrganizationId)], cancellationToken).ConfigureAwait(false);
            await audit.AppendWithinAsync(db.Database, [new AuditEntry(SignedAuditKind, null, null, invitation.Commitment.OrganizationId,
                $"commitment {invitation.CommitmentId} invitation {invitation.Id} online sha256 {invitation.Commitment.ContentHash}")], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }

    /// <summary>The school records a signature collected on the printed sheet.</summary>
    public async Task<Outcome> RecordPaperAsync(CallerScope caller, long invitationId, string signerName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signerName) || signerName.Trim().Length > 200)
        {
            return Outcome.Fail("SignerName", text["Hãy nhập họ và tên của cha, mẹ hoặc người giám hộ."]);
        }
        var invitation = await OwnUnsignedAsync(caller, invitationId, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return Outcome.Fail("", text["Không tìm thấy lời mời, hoặc gia đình đã ký."]);
        }
        invitation.SignedAt = clock.GetUtcNow();
        invitation.SignerName = signerName.Trim();
        invitation.Method = AcknowledgmentMethod.Paper;
        invitation.RecordedById = caller.PersonId;
        await audit.SaveAuditedAsync(db, [new AuditEntry(SignedAuditKind, caller.PersonId, null, caller.OrganizationId,
            $"commitment {invitation.CommitmentId} invitation {invitation.Id} paper")], cancellationToken).ConfigureAwait(false);
        return Outcome.Success;
    }

    public async Task<IReadOnlyList<ClassCount>> CountsAsync(int commitmentId, CancellationToken cancellationToken) =>
        (await db.CommitmentInvitations.AsNoTracking().Where(i => i.CommitmentId == commitmentId)
            .GroupBy(i => i.ClassName)
            .Select(g => new ClassCount(g.Key, g.Count(), g.Count(i => i.Method == AcknowledgmentMethod.Online), g.Count(i => i.Method == AcknowledgmentMethod.Paper)))
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .OrderBy(c => c.ClassName, StringComparer.CurrentCulture)
        .ToList();

    public async Task<IReadOnlyList<CommitmentInvitation>> ClassAsync(CallerScope caller, int commitmentId, string className, CancellationToken cancellationToken) =>
        await db.CommitmentInvitations.AsNoTracking()
            .Where(i => i.CommitmentId == commitmentId && i.ClassName == className && i.Commitment!.OrganizationId == caller.OrganizationId)
            .OrderBy(i => i.PupilName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private Task<CommitmentInvitation?> OwnUnsignedAsync(CallerScope caller, long invitationId, CancellationToken cancellationToken) =>
        db.CommitmentInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.SignedAt == null && i.Commitment!.OrganizationId == caller.OrganizationId, cancellationToken);
}
