using ChildSafety.Core.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.TestSupport;

/// <summary>
/// Creates an organization of its own for one test, through the real <see cref="OrganizationService"/> as the demo
/// administrator, with a unique code so tests sharing a server never meet.
/// </summary>
public sealed class OrganizationBuilder(SiteServer server)
{
    private OrganizationKind _kind = OrganizationKind.School;
    private SchoolLevel? _level = SchoolLevel.LowerSecondary;
    private Organization? _parent;
    private string? _name;

    public OrganizationBuilder Province()
    {
        _kind = OrganizationKind.Province;
        _level = null;
        return this;
    }

    public OrganizationBuilder District()
    {
        _kind = OrganizationKind.District;
        _level = null;
        return this;
    }

    public OrganizationBuilder School(SchoolLevel level = SchoolLevel.LowerSecondary)
    {
        _kind = OrganizationKind.School;
        _level = level;
        return this;
    }

    public OrganizationBuilder Under(Organization parent)
    {
        _parent = parent;
        return this;
    }

    public OrganizationBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public async Task<Organization> CreateAsync()
    {
        var code = $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var draft = new OrganizationDraft(_name ?? $"{_kind} {code}", code, _kind, _level, _parent?.Id);
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using var scope = server.Services.CreateAsyncScope();
        var (outcome, created) = await scope.ServiceProvider.GetRequiredService<OrganizationService>()
            .CreateAsync(draft, administrator, CancellationToken.None);
        return outcome.Succeeded && created is not null
            ? created
            : throw new InvalidOperationException($"Test organization refused: {string.Join("; ", outcome.Errors.Select(e => e.Value))}");
    }
}
