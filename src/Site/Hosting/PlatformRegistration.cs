using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Web;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Topics;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Core.Mail;
using ChildSafety.Core.Caching;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Privacy;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Security;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Demo;
using ChildSafety.Site.Roster;
using ChildSafety.Site.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace ChildSafety.Site.Hosting;

public static class PlatformRegistration
{
    /// <summary>The platform and the listed modules: data, sign-in, permissions, localization, pages, mail.</summary>
    public static WebApplicationBuilder AddChildSafety(this WebApplicationBuilder builder, params IModule[] modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = DatabaseSettings.From(configuration);
        Directory.CreateDirectory(database.DataPath);

        services.Configure<SiteSettings>(configuration.GetSection("Site"));
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IReadOnlyList<IModule>>(modules);
        services.AddSingleton(TopicCatalog.Load(DemoData.ContentFolder(configuration.GetSection("Site").Get<SiteSettings>() ?? new SiteSettings())));

        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(database, SqliteCoreDbContext.HistoryTable);
        services.AddSingleton<IFigureInputs, PeopleFigureInputs>();
        services.AddScoped<CallerScopeAccessor>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<AuditTrail>();
        services.AddPersonalData();
        services.AddChildSafetyMail(configuration, database.DataPath);
        services.AddChildSafetyReminders(configuration);
        services.AddSharedCache(configuration);
        services.AddScoped<AccountMail>();
        services.AddScoped<DemoData>();
        services.AddRosterImport();
        services.AddSingleton<SetupState>();
        services.AddScoped<Labels>();
        services.AddScoped<OrganizationChoices>();
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicUrls>();

        builder.AddSignIn();
        services.AddSiteSecurity(configuration);
        services.AddPermissions(modules);
        services.AddLocalizedPages();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        foreach (var module in modules)
        {
            module.ConfigureServices(services, configuration);
        }
        return builder;
    }

    private static void AddSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IUserConfirmation<Person>, ActivePersonConfirmation>();
        services
            .AddIdentity<Person, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // Identity asks IUserConfirmation only when this is on; ActivePersonConfirmation makes "confirmed"
                // mean "active", so a deactivated person is refused at sign-in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<CoreDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
        // Deactivation changes the security stamp; checking it often ends a deactivated person's session quickly.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "childsafety.auth";
            cookie.Cookie.HttpOnly = true;
            // Lax, not Strict: a link from an e-mail to a page of the site must find the person signed in.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = DueSecurityStampCheck.ValidatePrincipalAsync;
        });
        // Keys in the database keep sign-ins, antiforgery tokens and reset links valid across restarts and across
        // every instance of the site on the same database.
        services.AddDataProtection()
            .SetApplicationName("ChildSafety")
            .PersistKeysToDbContext<CoreDbContext>();
        services.RememberUnprotectedPayloads();
    }

    private static void AddPermissions(this IServiceCollection services, IModule[] modules)
    {
        IPermissionProvider[] providers = [new CorePermissions(), .. modules.Select(m => m.Permissions)];
        var grants = new PermissionGrants(providers);
        services.AddSingleton(grants);
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in grants.All)
            {
                options.AddPolicy(permission.PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });
    }

    private static void AddLocalizedPages(this IServiceCollection services)
    {
        services.AddLocalization();
        // Vietnamese text goes out as UTF-8 characters, not as numeric entities that triple a page's weight.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            options.SupportedCultures = [.. Cultures.Supported];
            options.SupportedUICultures = [.. Cultures.Supported];
            // Vietnamese unless the person chose otherwise: the browser's language does not decide.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        services
            .AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", CorePermissions.AccessAdmin.PolicyName);
                options.Conventions.AuthorizeFolder("/Admin/People", CorePermissions.ManagePeople.PolicyName);
                options.Conventions.AuthorizeFolder("/Admin/Organizations", CorePermissions.ManageOrganizations.PolicyName);
                options.Conventions.AuthorizePage("/Admin/People/Erase", CorePermissions.ErasePeople.PolicyName);
                options.Conventions.AuthorizePage("/Account/MyData");
                // Two-step sign-in is offered to the accounts that can change others' data.
                options.Conventions.AuthorizePage("/Account/TwoFactor", CorePermissions.AccessAdmin.PolicyName);
                options.Conventions.AddPageRoute("/Account/AccessDenied", "account/access-denied");
                options.Conventions.AddPageRoute("/Account/ForgotPassword", "account/forgot-password");
                options.Conventions.AddPageRoute("/Account/ResetPassword", "account/reset-password");
            })
            // Validation happens on the server, in the user's language; no client script reads data-val-* attributes.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SiteText)))
            .AddMvcOptions(o =>
            {
                ModelBindingMessages.Localize(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new NfcStringBinderProvider());
            });
    }
}
