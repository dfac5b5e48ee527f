using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Data;

public static class TransactionSaving
{
    /// <summary>
    /// Saves inside the caller's transaction without the savepoint EF would set first: the transaction commits or
    /// rolls back whole, so a savepoint would be two statements for nothing.
    /// </summary>
    public static async Task SaveWithoutSavepointAsync(this DbContext db, CancellationToken cancellationToken)
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }
}
