using ChildSafety.Core.Organizations;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Everything a roster is checked against, read from the database up front in a few queries so that checking
/// 150,000 rows costs no round trip per row.
/// </summary>
/// <param name="OrganizationsByCode">Organizations named by the roster, keyed by code without regard to case.</param>
/// <param name="TakenEmails">Addresses of the roster that already belong to an account, without regard to case.</param>
/// <param name="Roster">The roster's own addresses, for the rows that repeat one.</param>
/// <param name="Today">The date in Vietnam, the start date of rows that give none.</param>
public sealed record RosterReferenceData(
    IReadOnlyDictionary<string, RosterOrganization> OrganizationsByCode,
    IReadOnlySet<string> TakenEmails,
    RosterKeys Roster,
    CallerScope Caller,
    DateOnly Today);
