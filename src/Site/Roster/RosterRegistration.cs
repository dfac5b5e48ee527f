using ChildSafety.Core.Spreadsheets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChildSafety.Site.Roster;

public static class RosterRegistration
{
    /// <summary>The staff roster import behind /admin/people/import.</summary>
    public static IServiceCollection AddRosterImport(this IServiceCollection services)
    {
        services.TryAddSingleton<SheetReader>();
        services.AddScoped<RosterReader>();
        services.AddScoped<RosterValidator>();
        services.AddScoped<RosterReferenceLoader>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<RosterImportService>();
        services.AddScoped<RosterExport>();
        services.AddSingleton<RosterUploadStore>();
        return services;
    }
}
