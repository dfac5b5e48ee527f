using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChildSafety.Core.Mail;

public static class MailRegistration
{
    public static IServiceCollection AddChildSafetyMail(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var section = configuration.GetSection("Mail");
        services.Configure<MailSettings>(section);
        if (!string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender>(sp => new PickupFolderMailSender(
                sp.GetRequiredService<IOptions<MailSettings>>(), Path.Combine(dataPath, "mail"), sp.GetRequiredService<TimeProvider>()));
        }
        return services;
    }
}
