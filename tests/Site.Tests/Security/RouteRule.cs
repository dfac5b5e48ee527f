namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// Who may reach one route pattern: everyone (<see cref="Allowed"/> null), or the listed demo accounts — every other
/// signed-in account must be refused with 403 and an anonymous visitor sent to the login page. A
/// <see cref="ScopeCheck"/> adds that an account reaches a record of its own subtree but not one outside it.
/// </summary>
public sealed record RouteRule(string Pattern, IReadOnlySet<string>? Allowed, IReadOnlyList<ScopeCheck> ScopeChecks)
{
    public bool IsPublic => Allowed is null;

    public static RouteRule Public(string pattern) => new(pattern, null, []);

    public static RouteRule Only(string pattern, IEnumerable<string> accounts) => new(pattern, accounts.ToHashSet(), []);

    /// <summary>
    /// <paramref name="account"/> reaches the route's record <paramref name="inScope"/> but gets 403 or 404 for
    /// <paramref name="outOfScope"/>, reading it or posting its own form to it.
    /// </summary>
    public RouteRule Scoped(string account, Func<ScopeSamples, object> inScope, Func<ScopeSamples, object> outOfScope) =>
        this with { ScopeChecks = [.. ScopeChecks, new ScopeCheck(account, inScope, outOfScope)] };

    public override string ToString() => "/" + Pattern;
}

/// <summary>A record just inside and one just outside an account's scope, as values of the route's parameter.</summary>
public sealed record ScopeCheck(string Account, Func<ScopeSamples, object> InScope, Func<ScopeSamples, object> OutOfScope);
