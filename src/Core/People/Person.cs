using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Identity;

namespace ChildSafety.Core.People;

/// <summary>A member of staff or an officer: one organization, one position, any number of roles.</summary>
public sealed class Person : IdentityUser<Guid>
{
    public required string FullName { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public Position Position { get; set; }

    /// <summary>The day the person started in their organization; due dates "within N days of starting" count from it.</summary>
    public DateOnly StartedOn { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The UI culture the person chose ("vi" or "en").</summary>
    public string? Culture { get; set; }
}
