using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChildSafety.Core.Data;

/// <summary>
/// One instance of a set of compiled queries per EF model. A compiled query refuses a context of another model, and
/// one process can hold two (SQLite and PostgreSQL sites side by side in the tests).
/// </summary>
public static class CompiledQueries
{
    public static TSet For<TSet>(DbContext db)
        where TSet : class, new() =>
        PerModel<TSet>.Sets.GetValue(db.Model, _ => new TSet());

    private static class PerModel<TSet>
        where TSet : class
    {
        public static readonly ConditionalWeakTable<IModel, TSet> Sets = [];
    }
}
