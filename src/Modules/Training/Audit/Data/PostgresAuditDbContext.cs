using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit.Data;

public sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options) : AuditDbContext(options);
