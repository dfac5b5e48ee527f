using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Privacy;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
using ChildSafety.Training.Data;
using ChildSafety.Training.Privacy;
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
        services.AddScoped<IPersonalData, TrainingPersonalData>();
        services.AddScoped<ConductReport>();
        services.AddScoped<ConductHistory>();
        services.AddScoped<PaperAcknowledgments>();
        services.AddScoped<FamilyCommitments>();
        services.AddScoped<IDemoContent, ConductDemoContent>();
        AddCourses(services);
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<ConductGate>());
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin/Conduct", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Commitments", TrainingPermissions.ManageConduct.PolicyName);
        });
        services.AddSingleton(new AdminLink("Quy tắc ứng xử", "Soạn, điều chỉnh và ban hành quy tắc ứng xử; xem ai đã xác nhận.", "/admin/conduct", TrainingPermissions.ManageConduct, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Cam kết giữa gia đình và nhà trường", "Ban hành bản cam kết năm học, tạo liên kết ký cho từng gia đình, theo dõi số đã ký theo lớp.", "/admin/commitments", TrainingPermissions.ManageConduct, typeof(TrainingText)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CertificatePdfEndpoint.Map(endpoints);

    private static void AddCourses(IServiceCollection services)
    {
        services.AddScoped<MemberDirectory>();
        services.AddScoped<CourseCatalog>();
        services.AddScoped<Standings>();
        services.AddScoped<QuizAttempts>();
        services.AddScoped<Certificates.Certificates>();
        services.AddScoped<CertificateExpiries>();
        services.AddScoped<Assignments.Assignments>();
        services.AddScoped<AssignmentDeadlines>();
        services.AddScoped<IDemoContent, CourseDemoContent>();
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Training", TrainingPermissions.TakeTraining.PolicyName);
            pages.Conventions.AuthorizePage("/My/Certificates", TrainingPermissions.TakeTraining.PolicyName);
        });
    }
}
