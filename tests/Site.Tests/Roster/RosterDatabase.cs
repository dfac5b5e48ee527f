using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Roster;

/// <summary>
/// A fresh SQLite database file with the real migrations and the roster services as the site registers them,
/// seeded with a province, two districts and their schools, and a district officer of the first district.
/// </summary>
public sealed class RosterDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "childsafety-roster-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not ready.");

    public CallerScope Officer { get; private set; } = null!;

    public CallerScope OtherOfficer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "site.db")}", _folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(settings, SqliteCoreDbContext.HistoryTable);
        services.AddIdentityCore<Person>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CoreDbContext>();
        services.AddRosterImport();
        _services = services.BuildServiceProvider();

        foreach (var migration in _services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(CancellationToken.None);
        }
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task SeedAsync()
    {
        await InScopeAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in Roles.All)
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }

            var db = services.GetRequiredService<CoreDbContext>();
            var province = await AddAsync(db, "SO-HN", "Sở GD&ĐT Hà Nội", OrganizationKind.Province, null);
            var district = await AddAsync(db, "PGD-CG", "Phòng GD&ĐT Cầu Giấy", OrganizationKind.District, province);
            await AddAsync(db, "THCS-A", "Trường THCS Dịch Vọng", OrganizationKind.School, district);
            var closed = await AddAsync(db, "THCS-CU", "Trường THCS Cũ", OrganizationKind.School, district);
            closed.IsActive = false;
            var otherDistrict = await AddAsync(db, "PGD-BD", "Phòng GD&ĐT Ba Đình", OrganizationKind.District, province);
            await AddAsync(db, "THCS-B", "Trường THCS Ba Đình", OrganizationKind.School, otherDistrict);
            await db.SaveChangesAsync();

            Officer = new CallerScope(Guid.NewGuid(), district.Id, district.Path, [Roles.DistrictOfficer]);
            OtherOfficer = new CallerScope(Guid.NewGuid(), otherDistrict.Id, otherDistrict.Path, [Roles.DistrictOfficer]);
            return true;
        });
    }

    private static async Task<Organization> AddAsync(CoreDbContext db, string code, string name, OrganizationKind kind, Organization? parent)
    {
        var organization = new Organization { Code = code, Name = name, Kind = kind, ParentId = parent?.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        organization.Path = parent is null ? OrganizationPath.Root(organization.Id) : OrganizationPath.Child(parent.Path, organization.Id);
        await db.SaveChangesAsync();
        return organization;
    }
}
