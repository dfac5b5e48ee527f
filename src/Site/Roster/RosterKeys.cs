using ChildSafety.Core.People;

namespace ChildSafety.Site.Roster;

/// <summary>
/// What checking one row needs to know about the rest of its roster, gathered in one pass so that the rows
/// themselves need not stay in memory: the rows of every repeated e-mail address, and the organization codes the
/// roster names. Addresses are kept normalized, once each.
/// </summary>
public sealed class RosterKeys
{
    private readonly Dictionary<string, int> _firstRowByEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _rowsByRepeatedEmail = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizationCodes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every address of the roster, normalized, each once.</summary>
    public IEnumerable<string> Emails => _firstRowByEmail.Keys;

    public IReadOnlySet<string> OrganizationCodes => _organizationCodes;

    public static RosterKeys Of(IEnumerable<RosterRow> rows)
    {
        var keys = new RosterKeys();
        foreach (var row in rows)
        {
            keys.Add(row);
        }
        return keys;
    }

    /// <summary>The rows, in file order, that give <paramref name="email"/> when more than one does; otherwise none.</summary>
    public IReadOnlyList<int> RowsRepeating(string email) =>
        _rowsByRepeatedEmail.TryGetValue(email, out var rows) ? rows : [];

    private void Add(RosterRow row)
    {
        if (row.OrganizationCode.Length > 0)
        {
            _organizationCodes.Add(row.OrganizationCode);
        }
        var email = EmailAddress.Normalize(row.Email);
        if (email.Length == 0)
        {
            return;
        }
        if (_firstRowByEmail.TryAdd(email, row.Row))
        {
            return;
        }
        if (!_rowsByRepeatedEmail.TryGetValue(email, out var rows))
        {
            _rowsByRepeatedEmail[email] = rows = [_firstRowByEmail[email]];
        }
        rows.Add(row.Row);
    }
}
