using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Notices;
using ChildSafety.Core.Reminders;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using ChildSafety.Training.Data.Postgres;
using ChildSafety.Training.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        services.AddModuleDatabase<TrainingDbContext, SqliteTrainingDbContext, PostgresTrainingDbContext>(
            DatabaseSettings.From(configuration), SqliteTrainingDbContext.HistoryTable);
        services.AddScoped<ConductInForce>();
        services.AddScoped<ConductAcknowledgments>();
        services.AddScoped<ConductPolicies>();
        services.AddScoped<ConductReport>();
        services.AddScoped<ConductHistory>();
        services.AddScoped<PaperAcknowledgments>();
        services.AddScoped<ConductPending>();
        services.AddReminderSource<ConductReminders>();
        services.AddHomeNotice<ConductNotices>();
        services.AddScoped<FamilyCommitments>();
        services.AddScoped<IDemoContent, ConductDemoContent>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<ConductGate>());
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin/Conduct", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Commitments", TrainingPermissions.ManageConduct.PolicyName);
        });
        services.AddSingleton(new AdminLink("Quy tắc ứng xử", "Soạn, điều chỉnh và ban hành quy tắc ứng xử; xem ai đã xác nhận.", "/admin/conduct", TrainingPermissions.ManageConduct, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Cam kết giữa gia đình và nhà trường", "Ban hành bản cam kết năm học, tạo liên kết ký cho từng gia đình, theo dõi số đã ký theo lớp.", "/admin/commitments", TrainingPermissions.ManageConduct, typeof(TrainingText)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
