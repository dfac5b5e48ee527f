using System.Security.Claims;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Curriculum;

/// <summary>Finds the organization a request names — the caller's own when it names none — within the caller's scope.</summary>
public sealed class CurriculumPlaces(CoreDbContext core, CallerScopeAccessor scopes, PermissionGrants grants)
{
    /// <summary>Null when the caller is not signed in, or the organization does not exist or lies outside their subtree.</summary>
    public async Task<CurriculumPlace?> FindAsync(ClaimsPrincipal user, int? organizationId, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(user, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return null;
        }
        var id = organizationId ?? caller.OrganizationId;
        var organization = await core.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, cancellationToken).ConfigureAwait(false);
        if (organization is null || !caller.Contains(organization))
        {
            return null;
        }
        var school = organization.IsSchoolOrCentre;
        return new CurriculumPlace(
            caller,
            organization,
            school && grants.IsGranted(TrainingPermissions.ManageCurriculum, caller.Roles),
            school && grants.IsGranted(TrainingPermissions.RecordCurriculum, caller.Roles));
    }

    /// <summary>The active schools and centres of an office's subtree, with the grades each teaches.</summary>
    public async Task<IReadOnlyList<(Organization School, SchoolGrades Grades)>> SchoolsUnderAsync(Organization office, CancellationToken cancellationToken)
    {
        var schools = await core.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Path.StartsWith(office.Path) && (o.Kind == OrganizationKind.School || o.Kind == OrganizationKind.Centre))
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. schools.Select(s => (s, new SchoolGrades(s.Id, Grades.TaughtBy(s.Kind, s.Level))))];
    }

    /// <summary>The active people of a school, for choosing who teaches a lesson.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string Email)>> StaffOfAsync(int schoolId, CancellationToken cancellationToken)
    {
        var people = await core.Users.AsNoTracking()
            .Where(p => p.OrganizationId == schoolId && p.IsActive)
            .OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName, p.Email })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. people.Select(p => (p.Id, p.FullName, p.Email ?? ""))];
    }
}
