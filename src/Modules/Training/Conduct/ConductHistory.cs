using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Conduct;

/// <summary>Every answer a person has given to any code of conduct, newest first: for the person and for officers over them.</summary>
public sealed class ConductHistory(TrainingDbContext db, CoreDbContext core)
{
    public async Task<IReadOnlyList<ConductHistoryEntry>> OfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var answers = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Version!.Policy!.Title, a.Version.Number, a.ContentHash, a.Decision, a.Method, a.At, a.ClientAddress,
                a.RecordedById, HasEvidence = a.EvidencePath != null,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recorderIds = answers.Where(a => a.RecordedById is not null).Select(a => a.RecordedById!.Value).Distinct().ToList();
        var recorders = await core.Users.AsNoTracking().Where(p => recorderIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken).ConfigureAwait(false);
        return answers.Select(a => new ConductHistoryEntry(a.Id, a.Title, a.Number, a.ContentHash, a.Decision, a.Method, a.At, a.ClientAddress,
            a.RecordedById is { } id ? recorders.GetValueOrDefault(id) : null, a.HasEvidence)).ToList();
    }

    /// <summary>The person's name and organization when the caller's scope covers them; null otherwise.</summary>
    public async Task<(string FullName, string Email, string Organization)?> PersonInScopeAsync(CallerScope caller, Guid personId, CancellationToken cancellationToken)
    {
        var person = await core.Users.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FullName, p.Email, Organization = p.Organization!.Name, p.Organization.Path })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return person is not null && caller.Contains(person.Path) ? (person.FullName, person.Email ?? "", person.Organization) : null;
    }
}
