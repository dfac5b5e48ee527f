using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Core.Privacy;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Curriculum;
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
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddScoped<CurriculumPlaces>();
        services.AddScoped<EntryRules>();
        services.AddScoped<CurriculumPlans>();
        services.TryAddSingleton<SheetReader>();
        services.AddScoped<PlanImport>();
        services.AddScoped<AwarenessActivities>();
        services.AddScoped<CurriculumEvidence>();
        services.AddScoped<CoverageReport>();
        services.AddScoped<IDemoContent, CurriculumDemoContent>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<ConductGate>());
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin/Conduct", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Commitments", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Curriculum", TrainingPermissions.ViewCurriculum.PolicyName);
            pages.Conventions.AuthorizePage("/Curriculum/Entry", TrainingPermissions.RecordCurriculum.PolicyName);
            pages.Conventions.AuthorizePage("/Curriculum/Delete", TrainingPermissions.ManageCurriculum.PolicyName);
            pages.Conventions.AuthorizePage("/Curriculum/Import", TrainingPermissions.ManageCurriculum.PolicyName);
            pages.Conventions.AuthorizePage("/Curriculum/Activities/Edit", TrainingPermissions.ManageCurriculum.PolicyName);
            pages.Conventions.AuthorizePage("/Curriculum/Activities/Delete", TrainingPermissions.ManageCurriculum.PolicyName);
        });
        services.AddSingleton(new AdminLink("Quy tắc ứng xử", "Soạn, điều chỉnh và ban hành quy tắc ứng xử; xem ai đã xác nhận.", "/admin/conduct", TrainingPermissions.ManageConduct, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Lồng ghép chủ đề an toàn vào chương trình", "Kế hoạch lồng ghép theo khối lớp và môn học, ma trận độ phủ, hoạt động truyền thông và các chỗ còn thiếu.", "/curriculum", TrainingPermissions.ManageCurriculum, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Cam kết giữa gia đình và nhà trường", "Ban hành bản cam kết năm học, tạo liên kết ký cho từng gia đình, theo dõi số đã ký theo lớp.", "/admin/commitments", TrainingPermissions.ManageConduct, typeof(TrainingText)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCoverageApi();
}
