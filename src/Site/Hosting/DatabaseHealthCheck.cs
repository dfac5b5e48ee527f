using ChildSafety.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChildSafety.Site.Hosting;

internal sealed class DatabaseHealthCheck(CoreDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
