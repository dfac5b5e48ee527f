using System.Globalization;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildSafety.Training.Audit.Data;

public sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite holds these instants as the text Microsoft.Data.Sqlite writes, always in UTC here; read as that same
        // text they compare in time order, which lets the audit filter by period in SQL where SQLite cannot compare
        // DateTimeOffset values itself.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcText>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        CourseModel.StoreInstantsAsTicks(modelBuilder);
    }

    private sealed class UtcText() : ValueConverter<DateTimeOffset, string>(
        value => value.ToUniversalTime().ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
}
