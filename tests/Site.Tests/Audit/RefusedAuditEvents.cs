using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Audit;

/// <summary>
/// A fault between an audited change and its commit, put into the real database: while installed, a trigger refuses
/// every new audit event, so the write fails after its change was sent and before it commits. Disposing removes it.
/// </summary>
public sealed class RefusedAuditEvents : IAsyncDisposable
{
    private readonly SiteServer _server;

    private RefusedAuditEvents(SiteServer server) => _server = server;

    public static async Task<RefusedAuditEvents> InstallAsync(SiteServer server)
    {
        await ExecuteAsync(server, server.Engine == DatabaseEngine.Postgres
            ? """
              CREATE FUNCTION refuse_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit events refused by the test'; END $$;
              CREATE TRIGGER refuse_audit_event BEFORE INSERT ON "AuditEvents" FOR EACH ROW EXECUTE FUNCTION refuse_audit_event();
              """
            : """CREATE TRIGGER refuse_audit_event BEFORE INSERT ON "AuditEvents" BEGIN SELECT RAISE(ABORT, 'audit events refused by the test'); END;""");
        return new RefusedAuditEvents(server);
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(_server, _server.Engine == DatabaseEngine.Postgres
            ? """DROP TRIGGER refuse_audit_event ON "AuditEvents"; DROP FUNCTION refuse_audit_event();"""
            : "DROP TRIGGER refuse_audit_event;");

    private static async Task ExecuteAsync(SiteServer server, string sql)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
