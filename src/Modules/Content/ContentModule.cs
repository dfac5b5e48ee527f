using ChildSafety.Content.Rendering;
using ChildSafety.Core.Content;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content;

/// <summary>The CMS: handbook, lessons, awareness articles, news and posters.</summary>
public sealed class ContentModule : IModule
{
    public string Name => "Content";

    public IPermissionProvider Permissions { get; } = new ContentPermissions();

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
