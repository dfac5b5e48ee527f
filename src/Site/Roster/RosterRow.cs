namespace ChildSafety.Site.Roster;

/// <summary>
/// One data row of a roster as the file gave it: trimmed, NFC-normalized text, "" for an empty cell or an absent
/// optional column. <see cref="Row"/> is the row number a spreadsheet would show (the header is row 1).
/// </summary>
public sealed record RosterRow(
    int Row,
    string FullName,
    string Email,
    string OrganizationCode,
    string Position,
    string Roles,
    string StartedOn);
