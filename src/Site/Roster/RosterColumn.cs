namespace ChildSafety.Site.Roster;

/// <summary>The columns a roster may have; the first four are required.</summary>
public enum RosterColumn
{
    FullName,
    Email,
    OrganizationCode,
    Position,
    Roles,
    StartedOn,
}
