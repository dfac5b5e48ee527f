using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildSafety.Core.Data;

/// <summary>
/// Parameters for the few statements written by hand on the hottest paths, where turning LINQ into SQL on every call
/// cost more than the statement: typed and converted as EF would for the property (on SQLite a time is stored as a
/// number), so the statement stores what EF itself would.
/// </summary>
public static class PropertyParameter
{
    /// <summary>Named after the property unless <paramref name="name"/> is given (a statement of several rows needs one per row).</summary>
    public static DbParameter Of<TEntity>(DbContext db, string property, object? value, string? name = null)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        return db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name ?? property, value);
    }
}
