using ChildSafety.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Modules;

/// <summary>
/// A feature area of the site: what it registers, what it maps, what it protects.
/// Its tables arrive through <see cref="ModuleDataRegistration.AddModuleDatabase{TContext,TSqlite,TPostgres}"/>,
/// which also queues the module's migrations for start-up.
/// </summary>
public interface IModule
{
    string Name { get; }

    IPermissionProvider Permissions { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
