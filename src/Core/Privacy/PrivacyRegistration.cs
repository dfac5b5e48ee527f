using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Privacy;

public static class PrivacyRegistration
{
    /// <summary>The download and erasure services, and the profile's own <see cref="IPersonalData"/> section.</summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services)
    {
        services.AddScoped<IPersonalData, ProfileData>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonErasure>();
        return services;
    }
}
