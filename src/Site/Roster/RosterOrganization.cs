namespace ChildSafety.Site.Roster;

/// <summary>What the validator needs to know of an organization a roster names by code.</summary>
public sealed record RosterOrganization(int Id, string Code, string Name, string Path, bool IsActive);
