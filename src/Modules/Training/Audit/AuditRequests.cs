using System.Security.Claims;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;

namespace ChildSafety.Training.Audit;

/// <summary>
/// Turns the "org" and "year" of a request into a subtree and a period, the same way for the pages, the exports
/// and the API: no org means the caller's own, no year the current school year.
/// </summary>
public sealed class AuditRequests(CallerScopeAccessor scopes, AuditScopes trees, TimeProvider clock)
{
    public async Task<AuditRequest> OpenAsync(ClaimsPrincipal user, int? organizationId, string? year, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(user, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return new AuditRequest(AuditAnswer.NotSignedIn);
        }
        var schoolYear = SchoolYear.Current(clock);
        if (!string.IsNullOrWhiteSpace(year) && !SchoolYear.TryParse(year.Trim(), out schoolYear))
        {
            return new AuditRequest(AuditAnswer.BadYear, caller);
        }
        var (answer, tree) = await trees.OpenAsync(caller, organizationId, cancellationToken).ConfigureAwait(false);
        return answer switch
        {
            ScopeAnswer.NotFound => new AuditRequest(AuditAnswer.NotFound, caller),
            ScopeAnswer.Forbidden => new AuditRequest(AuditAnswer.Forbidden, caller),
            _ => new AuditRequest(AuditAnswer.Open, caller, tree, AuditPeriod.Of(schoolYear, clock)),
        };
    }

    /// <summary>The school years offered in selectors: the current one and the four before it.</summary>
    public IReadOnlyList<SchoolYear> Years()
    {
        var current = SchoolYear.Current(clock);
        return Enumerable.Range(current.StartYear - 4, 5).Reverse().Select(y => new SchoolYear(y)).ToList();
    }
}
