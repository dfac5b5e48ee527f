using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildSafety.Core.Figures;

/// <summary>
/// Moves the <see cref="FigureStamp"/> of every organization a save can alter, in the saving transaction, so that
/// no kept figure outlives the records it was counted from: attached to every module's context, it asks the
/// modules' <see cref="IFigureInputs"/> about each change. Writes that bypass change tracking (ExecuteUpdate, bulk
/// inserts) call <see cref="InvalidateAsync"/> themselves inside their own transaction.
/// </summary>
public sealed class FigureInvalidation(IEnumerable<IFigureInputs> inputs) : SaveChangesInterceptor
{
    private readonly IReadOnlyList<IFigureInputs> _inputs = [.. inputs];

    /// <summary>The transactions opened here because the save had none: committed or rolled back with the save.</summary>
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _opened = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var context = eventData.Context!;
        var scopes = Affected(context);
        if (scopes.Count > 0)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _opened.AddOrUpdate(context, context.Database.BeginTransaction());
            }
            var (sql, values) = Statement(scopes);
            context.Database.ExecuteSqlRaw(sql, values);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        var scopes = Affected(context);
        if (scopes.Count > 0)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _opened.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false));
            }
            await InvalidateAsync(context.Database, scopes, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_opened.TryGetValue(eventData.Context!, out var transaction))
        {
            _opened.Remove(eventData.Context!);
            using (transaction)
            {
                transaction.Commit();
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_opened.TryGetValue(eventData.Context!, out var transaction))
        {
            _opened.Remove(eventData.Context!);
            await using (transaction.ConfigureAwait(false))
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    /// <summary>Moves the stamps of <paramref name="scopes"/> on <paramref name="database"/>'s connection, in its open transaction if it has one.</summary>
    public static async Task InvalidateAsync(DatabaseFacade database, IReadOnlyCollection<FigureScope> scopes, CancellationToken cancellationToken)
    {
        if (scopes.Count == 0)
        {
            return;
        }
        var (sql, values) = Statement(scopes);
        await database.ExecuteSqlRawAsync(sql, values, cancellationToken).ConfigureAwait(false);
    }

    private void Abandon(DbContext context)
    {
        if (_opened.TryGetValue(context, out var transaction))
        {
            _opened.Remove(context);
            transaction.Dispose();
        }
    }

    private HashSet<FigureScope> Affected(DbContext context)
    {
        var scopes = new HashSet<FigureScope>();
        if (_inputs.Count == 0)
        {
            return scopes;
        }
        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                foreach (var input in _inputs)
                {
                    scopes.UnionWith(input.Affected(entry));
                }
            }
        }
        return scopes;
    }

    /// <summary>
    /// One upsert over the organizations in scope, the same text on PostgreSQL and SQLite. Ids are integers written
    /// into the text, tables come from the modules' own code; people's ids are parameters.
    /// </summary>
    private static (string Sql, object[] Values) Statement(IReadOnlyCollection<FigureScope> scopes)
    {
        var conditions = new List<string>();
        var values = new List<object>();
        if (scopes.Any(s => s.Kind == FigureScopeKind.Everything))
        {
            conditions.Add("TRUE");
        }
        foreach (var group in scopes.Where(s => s.Kind is FigureScopeKind.Organization or FigureScopeKind.Subtree).GroupBy(s => (s.Kind, s.Table)))
        {
            var ids = string.Join(", ", group.Select(s => s.Id).Distinct());
            var organizations = group.Key.Table is { } table
                ? $"SELECT r.\"OrganizationId\" FROM \"{table}\" AS r WHERE r.\"Id\" IN ({ids})"
                : ids;
            conditions.Add(group.Key.Kind == FigureScopeKind.Organization
                ? $"o.\"Id\" IN ({organizations})"
                : $"EXISTS (SELECT 1 FROM \"Organizations\" AS a WHERE a.\"Id\" IN ({organizations}) AND o.\"Path\" LIKE a.\"Path\" || '%')");
        }
        var people = scopes.Where(s => s.Kind == FigureScopeKind.Person).Select(s => s.PersonId).Distinct().ToList();
        if (people.Count > 0)
        {
            conditions.Add($"o.\"Id\" IN (SELECT p.\"OrganizationId\" FROM \"AspNetUsers\" AS p WHERE p.\"Id\" IN ({string.Join(", ", people.Select((_, i) => $"{{{i}}}"))}))");
            values.AddRange(people.Cast<object>());
        }
        var sql = $"""
            INSERT INTO "FigureStamps" ("OrganizationId", "Stamp")
            SELECT o."Id", 1 FROM "Organizations" AS o WHERE {string.Join(" OR ", conditions)}
            ON CONFLICT ("OrganizationId") DO UPDATE SET "Stamp" = "FigureStamps"."Stamp" + 1
            """;
        return (sql, [.. values]);
    }
}
