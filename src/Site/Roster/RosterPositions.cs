using ChildSafety.Core.Text;
using System.Collections.Frozen;
using ChildSafety.Core.People;

namespace ChildSafety.Site.Roster;

/// <summary>The words schools use for a position, with or without accents, and their English names.</summary>
public static class RosterPositions
{
    private static readonly FrozenDictionary<string, Position> ByKey = new Dictionary<string, Position>
    {
        ["canboquanly"] = Position.Manager,
        ["quanly"] = Position.Manager,
        ["cbql"] = Position.Manager,
        ["manager"] = Position.Manager,
        ["giaovien"] = Position.Teacher,
        ["gv"] = Position.Teacher,
        ["teacher"] = Position.Teacher,
        ["nhanvien"] = Position.Staff,
        ["nv"] = Position.Staff,
        ["staff"] = Position.Staff,
    }.ToFrozenDictionary();

    public static bool TryParse(string value, out Position position) => ByKey.TryGetValue(TextKey.Of(value), out position);

    /// <summary>The Vietnamese word the template writes, also the localizer key.</summary>
    public static string Name(Position position) => position switch
    {
        Position.Manager => "Cán bộ quản lý",
        Position.Teacher => "Giáo viên",
        _ => "Nhân viên",
    };
}
