using System.Net;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// Every endpoint the running site maps — all modules' pages and APIs, found in its endpoint data source — against
/// the rule <see cref="RouteRules"/> declares for it: anonymous visitors, each demo role, and officers reaching
/// records inside versus outside their organization's subtree.
/// </summary>
public abstract class AuthorizationSpecs(SiteServer server) : IAsyncLifetime
{
    private const string Login = "/account/login";
    private const string AccessDenied = "/account/access-denied";
    private readonly Dictionary<string, SiteClient> _accounts = [];

    public async Task InitializeAsync()
    {
        foreach (var account in RouteRules.Everyone)
        {
            var client = server.CreateClient();
            await client.SignInAsync(account);
            _accounts[account] = client;
        }
    }

    public Task DisposeAsync()
    {
        foreach (var client in _accounts.Values)
        {
            client.Dispose();
        }
        return Task.CompletedTask;
    }

    [EngineFact]
    public async Task Every_route_the_site_maps_has_an_access_rule()
    {
        var endpoints = await SiteEndpoints.AllAsync(server);
        var declared = RouteRules.All.Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);

        var undeclared = endpoints.Where(e => !declared.Contains(e.Pattern)).Select(e => e.ToString()).ToList();
        var stale = declared.Where(p => endpoints.All(e => e.Pattern != p)).ToList();

        Assert.True(undeclared.Count == 0,
            "These routes have no access rule. Add one line per route to tests/Site.Tests/Security/RouteRules.cs, e.g. "
            + "RouteRule.Only(\"admin/things/edit/{id:int}\", ConductManagers).Scoped(DistrictOfficer, s => s.X, s => s.Y) "
            + "or RouteRule.Public(\"things\"):\n" + string.Join("\n", undeclared));
        Assert.True(stale.Count == 0, "These rules name routes the site no longer maps; remove them from RouteRules.cs:\n" + string.Join("\n", stale));
    }

    [EngineFact]
    public async Task Each_route_admits_exactly_the_accounts_its_rule_names()
    {
        var rules = RouteRules.All.ToDictionary(r => r.Pattern, StringComparer.Ordinal);
        var failures = new List<string>();
        using var anonymous = server.CreateClient();

        foreach (var endpoint in (await SiteEndpoints.AllAsync(server)).Where(e => rules.ContainsKey(e.Pattern)))
        {
            var rule = rules[endpoint.Pattern];
            var address = SiteEndpointUrls.Fill(endpoint.Pattern);
            if (endpoint.Methods.Contains("GET"))
            {
                Expect(failures, rule, "anonymous GET", await anonymous.GetAsync(address), allowed: rule.IsPublic, anonymous: true);
                foreach (var (account, client) in _accounts)
                {
                    Expect(failures, rule, $"{account} GET", await client.GetAsync(address), allowed: rule.IsPublic || rule.Allowed!.Contains(account), anonymous: false);
                }
            }
            if (endpoint.AcceptsPost && !rule.IsPublic)
            {
                Expect(failures, rule, "anonymous POST", await anonymous.PostWithoutTokenAsync(address, []), allowed: false, anonymous: true);
                foreach (var (account, client) in _accounts.Where(a => !rule.Allowed!.Contains(a.Key)))
                {
                    Expect(failures, rule, $"{account} POST", await client.PostWithoutTokenAsync(address, []), allowed: false, anonymous: false);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [EngineFact]
    public async Task Officers_reach_records_in_their_subtree_and_not_outside_it()
    {
        var samples = await ScopeSamples.LoadAsync(server);
        var failures = new List<string>();
        var checks = RouteRules.All.SelectMany(rule => rule.ScopeChecks.Select(check => (Rule: rule, Check: check))).ToList();

        foreach (var (rule, check) in checks)
        {
            var client = _accounts[check.Account];
            var inside = SiteEndpointUrls.Fill(rule.Pattern, Value(check.InScope(samples)));
            var outside = SiteEndpointUrls.Fill(rule.Pattern, Value(check.OutOfScope(samples)));

            var own = await client.GetAsync(inside);
            if (own.Status != HttpStatusCode.OK || own.Path is AccessDenied or Login)
            {
                failures.Add($"{check.Account} GET {inside} (in scope): {(int)own.Status} at {own.Path}");
            }
            var foreign = await client.GetAsync(outside);
            if (!Refused(foreign))
            {
                failures.Add($"{check.Account} GET {outside} (out of scope): {(int)foreign.Status} at {foreign.Path}");
            }
            // The page's own form, replayed against the record outside the scope, as a crafted request would.
            foreach (var form in HtmlForm.PostFormsOf(own).Where(f => f.Action.StartsWith(inside, StringComparison.OrdinalIgnoreCase)))
            {
                var action = form.Action.Replace(inside, outside, StringComparison.OrdinalIgnoreCase);
                var answer = await client.PostWithoutTokenAsync(action, form.Data());
                if (!Refused(answer))
                {
                    failures.Add($"{check.Account} POST {action} (out of scope): {(int)answer.Status} at {answer.Path}");
                }
            }
        }

        Assert.True(checks.Count >= 8, $"Only {checks.Count} scope checks declared.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool Refused(Page page) => page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    private static string Value(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>
    /// Allowed: neither refused nor sent to sign in (a 404 for a placeholder id is fine). Refused: an anonymous
    /// visitor is sent to the login page (or gets 401 from an API), a signed-in account gets 403.
    /// </summary>
    private static void Expect(List<string> failures, RouteRule rule, string who, Page page, bool allowed, bool anonymous)
    {
        var deniedPage = rule.Pattern is "account/access-denied" or "account/accessdenied";
        var problem = (allowed, anonymous) switch
        {
            _ when (int)page.Status >= 500 && rule.Pattern != "error" => "server error",
            (true, _) when !deniedPage && (page.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || page.Path == AccessDenied) => "refused but allowed",
            (true, true) when page.Path == Login && rule.Pattern is not ("account/login" or "account/logout" or "account/login-two-factor") => "sent to the login page but public",
            (false, true) when page.Path != Login && page.Status != HttpStatusCode.Unauthorized => "not sent to the login page",
            (false, false) when page.Status != HttpStatusCode.Forbidden => "not refused with 403",
            _ => null,
        };
        if (problem is not null)
        {
            failures.Add($"{rule} {who}: {problem} ({(int)page.Status} at {page.Path})");
        }
    }
}

public sealed class AuthorizationOnSqlite(SqliteSite server) : AuthorizationSpecs(server), IClassFixture<SqliteSite>;

public sealed class AuthorizationOnPostgres(PostgresSite server) : AuthorizationSpecs(server), IClassFixture<PostgresSite>;
