using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.TestSupport;

/// <summary>
/// Creates a person of their own for one test, through the real <see cref="PeopleDirectory"/> as the demo
/// administrator, with a unique e-mail and a password they can sign in with. By default a teacher at the demo school.
/// </summary>
public sealed class PersonBuilder(SiteServer server)
{
    public const string DefaultPassword = "Test-Password-2026";

    private string _organizationCode = DemoAccounts.School;
    private Position _position = Position.Teacher;
    private string[] _roles = [Roles.Staff];
    private string? _password = DefaultPassword;
    private string _name = "Nguyễn Văn Thử";

    public PersonBuilder In(string organizationCode)
    {
        _organizationCode = organizationCode;
        return this;
    }

    public PersonBuilder Named(string fullName)
    {
        _name = fullName;
        return this;
    }

    public PersonBuilder WithRoles(params string[] roles)
    {
        _roles = roles;
        return this;
    }

    public PersonBuilder As(Position position)
    {
        _position = position;
        return this;
    }

    /// <summary>A person who has never set a password, like one just invited.</summary>
    public PersonBuilder WithoutPassword()
    {
        _password = null;
        return this;
    }

    public async Task<Person> CreateAsync()
    {
        var organization = await server.OrganizationAsync(_organizationCode);
        var email = $"person-{Guid.NewGuid():N}"[..19] + "@test.edu.vn";
        var draft = new PersonDraft(_name, email, organization.Id, _position, new DateOnly(2020, 9, 1), _roles);
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using var scope = server.Services.CreateAsyncScope();
        var (outcome, person) = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>()
            .CreateAsync(draft, administrator, CancellationToken.None);
        if (!outcome.Succeeded || person is null)
        {
            throw new InvalidOperationException($"Test person refused: {string.Join("; ", outcome.Errors.Select(e => e.Value))}");
        }
        if (_password is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var added = await users.AddPasswordAsync(person, _password);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException($"Test password refused: {string.Join("; ", added.Errors.Select(e => e.Description))}");
            }
        }
        return person;
    }
}
