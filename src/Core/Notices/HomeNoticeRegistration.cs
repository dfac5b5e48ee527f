using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Notices;

public static class HomeNoticeRegistration
{
    public static IServiceCollection AddHomeNotice<TNotice>(this IServiceCollection services)
        where TNotice : class, IHomeNotice =>
        services.AddScoped<IHomeNotice, TNotice>();
}
