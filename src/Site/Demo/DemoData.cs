using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Demo;

/// <summary>
/// Loads the demo province and its people from <c>content/organizations.yml</c>. Safe to run at every start:
/// organizations are matched by code and people by e-mail, so nothing is duplicated and nothing edited is undone.
/// </summary>
public sealed class DemoData(
    CoreDbContext db,
    UserManager<Person> users,
    TimeProvider clock,
    IOptions<SiteSettings> settings,
    ILogger<DemoData> logger)
{
    public const string Password = "ChildSafety!2026";

    public static string ContentFolder(SiteSettings settings) =>
        settings.ContentPath ?? Path.Combine(AppContext.BaseDirectory, "content");

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(ContentFolder(settings.Value), "organizations.yml");
        if (!File.Exists(path))
        {
            logger.LogWarning("Demo organizations not found at {Path}", path);
            return;
        }
        var file = OrganizationsFile.Read(path);
        var organizations = await LoadOrganizationsAsync(file.Organizations, cancellationToken);
        await LoadPeopleAsync(file.People, organizations, cancellationToken);
    }

    private async Task<Dictionary<string, Organization>> LoadOrganizationsAsync(List<OrganizationsFile.OrganizationEntry> entries, CancellationToken cancellationToken)
    {
        var byCode = await db.Organizations.ToDictionaryAsync(o => o.Code, cancellationToken);
        // Parents come before children in the file; a parent missing from both file and database is a content error.
        foreach (var entry in entries.Where(e => !byCode.ContainsKey(e.Code)))
        {
            var parent = entry.Parent is null ? null : byCode[entry.Parent];
            var organization = new Organization
            {
                Code = entry.Code,
                Name = entry.Name,
                Kind = entry.ParsedKind,
                Level = entry.ParsedLevel,
                ParentId = parent?.Id,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(cancellationToken);
            organization.Path = parent is null ? OrganizationPath.Root(organization.Id) : OrganizationPath.Child(parent.Path, organization.Id);
            await db.SaveChangesAsync(cancellationToken);
            byCode[entry.Code] = organization;
        }
        return byCode;
    }

    private async Task LoadPeopleAsync(List<OrganizationsFile.PersonEntry> entries, Dictionary<string, Organization> organizations, CancellationToken cancellationToken)
    {
        var existing = (await db.Users.Select(p => p.NormalizedEmail).ToListAsync(cancellationToken)).ToHashSet();
        // One hash serves every demo account: hashing is deliberately slow, and they all share the demo password.
        string? passwordHash = null;
        foreach (var entry in entries.Where(e => !existing.Contains(users.NormalizeEmail(e.Email))))
        {
            var person = new Person
            {
                FullName = entry.Name,
                Email = entry.Email,
                UserName = entry.Email,
                EmailConfirmed = true,
                OrganizationId = organizations[entry.Organization].Id,
                Position = entry.ParsedPosition,
                StartedOn = entry.Started,
                CreatedAt = clock.GetUtcNow(),
            };
            passwordHash ??= users.PasswordHasher.HashPassword(person, Password);
            person.PasswordHash = passwordHash;
            var created = await users.CreateAsync(person);
            if (created.Succeeded)
            {
                created = await users.AddToRolesAsync(person, entry.Roles);
            }
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo person {entry.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
    }
}
