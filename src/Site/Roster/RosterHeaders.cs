using System.Collections.Frozen;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Which cell of a row holds which column, found from the header row by name: the Vietnamese heading of the
/// template or an English alias, compared without accents, case or spacing, in any order.
/// </summary>
public sealed class RosterHeaders
{
    public static IReadOnlyList<RosterColumn> Required { get; } =
        [RosterColumn.FullName, RosterColumn.Email, RosterColumn.OrganizationCode, RosterColumn.Position];

    private static readonly FrozenDictionary<string, RosterColumn> ByKey = new Dictionary<string, RosterColumn>
    {
        ["hovaten"] = RosterColumn.FullName,
        ["hoten"] = RosterColumn.FullName,
        ["fullname"] = RosterColumn.FullName,
        ["name"] = RosterColumn.FullName,
        ["email"] = RosterColumn.Email,
        ["emailaddress"] = RosterColumn.Email,
        ["diachiemail"] = RosterColumn.Email,
        ["thudientu"] = RosterColumn.Email,
        ["madonvi"] = RosterColumn.OrganizationCode,
        ["matruong"] = RosterColumn.OrganizationCode,
        ["organizationcode"] = RosterColumn.OrganizationCode,
        ["organization"] = RosterColumn.OrganizationCode,
        ["orgcode"] = RosterColumn.OrganizationCode,
        ["chucvu"] = RosterColumn.Position,
        ["position"] = RosterColumn.Position,
        ["vaitro"] = RosterColumn.Roles,
        ["roles"] = RosterColumn.Roles,
        ["role"] = RosterColumn.Roles,
        ["ngaybatdau"] = RosterColumn.StartedOn,
        ["startedon"] = RosterColumn.StartedOn,
        ["startdate"] = RosterColumn.StartedOn,
    }.ToFrozenDictionary();

    private readonly int[] _indexes;

    private RosterHeaders(int[] indexes) => _indexes = indexes;

    /// <summary>The heading the template uses, which is also the localizer key of the column's name.</summary>
    public static string Heading(RosterColumn column) => column switch
    {
        RosterColumn.FullName => "Họ và tên",
        RosterColumn.Email => "Email",
        RosterColumn.OrganizationCode => "Mã đơn vị",
        RosterColumn.Position => "Chức vụ",
        RosterColumn.Roles => "Vai trò",
        RosterColumn.StartedOn => "Ngày bắt đầu",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>
    /// Reads the header row. Unknown headings are ignored (rosters often carry a phone number or a note); when a
    /// heading repeats, the first one counts.
    /// </summary>
    public static (RosterHeaders? Headers, IReadOnlyList<RosterColumn> Missing) Find(IReadOnlyList<string> cells)
    {
        var indexes = Enumerable.Repeat(-1, Enum.GetValues<RosterColumn>().Length).ToArray();
        for (var i = 0; i < cells.Count; i++)
        {
            if (ByKey.TryGetValue(TextKey.Of(cells[i]), out var column) && indexes[(int)column] < 0)
            {
                indexes[(int)column] = i;
            }
        }
        var missing = Required.Where(c => indexes[(int)c] < 0).ToList();
        return (missing.Count == 0 ? new RosterHeaders(indexes) : null, missing);
    }

    public RosterRow ToRow(int row, IReadOnlyList<string> cells) => new(
        row,
        Cell(cells, RosterColumn.FullName),
        Cell(cells, RosterColumn.Email),
        Cell(cells, RosterColumn.OrganizationCode),
        Cell(cells, RosterColumn.Position),
        Cell(cells, RosterColumn.Roles),
        Cell(cells, RosterColumn.StartedOn));

    private string Cell(IReadOnlyList<string> cells, RosterColumn column)
    {
        var index = _indexes[(int)column];
        return index >= 0 && index < cells.Count ? cells[index] : "";
    }
}
