using System.Collections.Frozen;
using ChildSafety.Core.Spreadsheets;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Which cell of a roster row holds which column: the Vietnamese heading of the template or an English alias.
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

    private readonly HeaderMap<RosterColumn> _map;

    private RosterHeaders(HeaderMap<RosterColumn> map) => _map = map;

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

    public static (RosterHeaders? Headers, IReadOnlyList<RosterColumn> Missing) Find(IReadOnlyList<string> cells)
    {
        var (map, missing) = HeaderRow.Find(cells, ByKey, Required);
        return (map is null ? null : new RosterHeaders(map), missing);
    }

    public RosterRow ToRow(int row, IReadOnlyList<string> cells) => new(
        row,
        Cell(cells, RosterColumn.FullName),
        Cell(cells, RosterColumn.Email),
        Cell(cells, RosterColumn.OrganizationCode),
        Cell(cells, RosterColumn.Position),
        Cell(cells, RosterColumn.Roles),
        Cell(cells, RosterColumn.StartedOn));

    private string Cell(IReadOnlyList<string> cells, RosterColumn column) => _map.Cell(cells, column);
}
