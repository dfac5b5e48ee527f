using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChildSafety.Core.Data;

/// <summary>
/// Lets a module's context work inside a transaction another module's context has open on the same database, so
/// that a change spanning modules commits or rolls back whole. EF enlists a context only in a transaction of its own
/// connection, and a pooled context keeps its own; so the one that joins is a short-lived context of the pooled
/// one's type and options (model, interceptors, query settings) on the owner's connection.
/// </summary>
public static class SharedTransaction
{
    /// <summary>
    /// A context like <paramref name="pooled"/>, in <paramref name="transaction"/>. It makes no savepoint: the owner's
    /// transaction commits or rolls back whole anyway. Dispose it; the connection stays the owner's.
    /// </summary>
    public static async Task<TContext> JoinAsync<TContext>(TContext pooled, DbTransaction transaction, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var options = (DbContextOptions)pooled.GetService<IDbContextOptions>();
        var engine = RelationalOptionsExtension.Extract(options).WithConnectionString(null).WithConnection(transaction.Connection, owned: false);
        var context = (TContext)Activator.CreateInstance(pooled.GetType(), options.WithExtension(engine))!;
        context.Database.AutoSavepointsEnabled = false;
        try
        {
            await context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return context;
    }
}
