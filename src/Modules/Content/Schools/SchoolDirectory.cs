using ChildSafety.Content.Data;
using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Schools;

/// <summary>
/// The active schools and centres for the public pages, and their reporting channels. Names are filtered after
/// folding in memory, because Vietnamese accents cannot be folded in SQL on both engines; a province has a few
/// thousand schools at most.
/// </summary>
public sealed class SchoolDirectory(ContentDbContext db, CoreDbContext core, TimeProvider clock, IStringLocalizer<ContentText> text)
{
    public async Task<Paged<SchoolSummary>> ListAsync(string? name, SchoolLevel? level, int page, int pageSize, CancellationToken cancellationToken)
    {
        var schools = await AllAsync(cancellationToken);
        var folded = Folding.Fold(name?.Trim() ?? "");
        var matching = schools
            .Where(s => folded.Length == 0 || Folding.Fold(s.Name).Contains(folded, StringComparison.Ordinal) || s.Code.Contains(folded, StringComparison.OrdinalIgnoreCase))
            .Where(s => level is null || s.Level == level)
            .ToList();
        var paging = Paging.Of(page, pageSize, matching.Count);
        return new Paged<SchoolSummary>(matching.Skip(paging.Skip).Take(pageSize).ToList(), paging);
    }

    /// <summary>Active schools and centres inside <paramref name="scope"/>, for the channels' admin list.</summary>
    public async Task<IReadOnlyList<SchoolSummary>> InScopeAsync(CallerScope scope, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(s => scope.Contains(s.Path)).ToList();

    public async Task<SchoolSummary?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await QueryAsync(o => o.Code == code, cancellationToken)).FirstOrDefault();

    public async Task<SchoolSummary?> FindAsync(int id, CancellationToken cancellationToken) =>
        (await QueryAsync(o => o.Id == id, cancellationToken)).FirstOrDefault();

    public Task<ReportingChannels?> ChannelsAsync(int organizationId, CancellationToken cancellationToken) =>
        db.ReportingChannels.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken);

    public async Task<Outcome> SaveChannelsAsync(CallerScope scope, int organizationId, ReportingChannelsForm form, CancellationToken cancellationToken)
    {
        var school = await FindAsync(organizationId, cancellationToken);
        if (school is null || !scope.Contains(school.Path))
        {
            return Outcome.Fail("", text["Không tìm thấy trường này, hoặc trường nằm ngoài phạm vi quản lý của bạn."]);
        }
        var outcome = form.Validate(text);
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        var channels = await db.ReportingChannels.FirstOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken);
        if (channels is null)
        {
            channels = new ReportingChannels { OrganizationId = organizationId };
            db.ReportingChannels.Add(channels);
        }
        form.ApplyTo(channels);
        channels.UpdatedAt = clock.GetUtcNow();
        channels.UpdatedBy = scope.PersonId;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    private Task<List<SchoolSummary>> AllAsync(CancellationToken cancellationToken) => QueryAsync(_ => true, cancellationToken);

    private Task<List<SchoolSummary>> QueryAsync(System.Linq.Expressions.Expression<Func<Organization, bool>> filter, CancellationToken cancellationToken) =>
        core.Organizations.AsNoTracking()
            .Where(o => o.IsActive && (o.Kind == OrganizationKind.School || o.Kind == OrganizationKind.Centre))
            .Where(filter)
            .OrderBy(o => o.Parent!.Name).ThenBy(o => o.Name)
            .Select(o => new SchoolSummary(o.Id, o.Code, o.Name, o.Level, o.Path, o.ParentId, o.Parent != null ? o.Parent.Name : ""))
            .ToListAsync(cancellationToken);
}
