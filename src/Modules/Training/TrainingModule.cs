using ChildSafety.Core.Modules;
using ChildSafety.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Training;

/// <summary>Courses, assignments, quizzes, certificates, the code of conduct and curriculum coverage.</summary>
public sealed class TrainingModule : IModule
{
    public string Name => "Training";

    public IPermissionProvider Permissions { get; } = new TrainingPermissions();

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
