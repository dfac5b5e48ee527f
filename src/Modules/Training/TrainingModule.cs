using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Training.Audit;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Core.Privacy;
using ChildSafety.Core.Notices;
using ChildSafety.Core.Reminders;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
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
        var database = DatabaseSettings.From(configuration);
        services.AddModuleDatabase<TrainingDbContext, SqliteTrainingDbContext, PostgresTrainingDbContext>(database, SqliteTrainingDbContext.HistoryTable);
        services.AddAudit(database);
        services.AddScoped<ConductInForce>();
        services.AddScoped<ConductAcknowledgments>();
        services.AddScoped<ConductPolicies>();
        services.AddMemoryCache();
        services.AddSingleton<ConductClearances>();
        services.AddScoped<IPersonalData, TrainingPersonalData>();
        services.AddScoped<ConductReport>();
        services.AddScoped<ConductHistory>();
        services.AddScoped<PaperAcknowledgments>();
        services.AddScoped<ConductPending>();
        services.AddReminderSource<ConductReminders>();
        services.AddHomeNotice<ConductNotices>();
        services.AddScoped<FamilyCommitments>();
        services.AddScoped<IDemoContent, ConductDemoContent>();
        AddCourses(services);
        services.AddScoped<CurriculumPlaces>();
        services.AddScoped<EntryRules>();
        services.AddScoped<CurriculumPlans>();
        services.TryAddSingleton<SheetReader>();
        services.AddScoped<PlanImport>();
        services.AddScoped<AwarenessActivities>();
        services.AddScoped<CurriculumEvidence>();
        services.AddScoped<CoverageReport>();
        services.AddScoped<IDemoContent, CurriculumDemoContent>();
        services.AddSingleton<ConductGate>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.AddService<ConductGate>());
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin/Conduct", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Commitments", TrainingPermissions.ManageConduct.PolicyName);
            pages.Conventions.AuthorizeFolder("/Audit", TrainingPermissions.ViewAudit.PolicyName);
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
        services.AddSingleton(new AdminLink("Kiểm tra, đánh giá", "Chỉ tiêu theo đơn vị và năm học, danh sách chưa đạt, báo cáo định kỳ, nhật ký kiểm tra.", "/audit", TrainingPermissions.ViewAudit, typeof(TrainingText)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAudit();
        CertificatePdfEndpoint.Map(endpoints);
        AnswerSaveEndpoint.Map(endpoints);
        endpoints.MapCoverageApi();
    }

    private static void AddCourses(IServiceCollection services)
    {
        services.AddScoped<MemberDirectory>();
        services.AddScoped<CourseCatalog>();
        services.AddScoped<PublishedCourses>();
        services.AddScoped<LiveAssignments>();
        services.AddScoped<LearnerRecords>();
        services.AddScoped<SignedInLearner>();
        services.AddScoped<Standings>();
        services.AddScoped<LessonReading>();
        services.AddScoped<QuizAttempts>();
        services.AddScoped<AttemptOutlines>();
        services.AddSingleton<SubmittedAttempts>();
        services.AddScoped<QuizAnswers>();
        services.AddGroupCommit<TrainingDbContext>();
        services.AddScoped<DealtQuestions>();
        services.AddScoped<AttemptGrants>();
        services.AddScoped<Certificates.Certificates>();
        services.AddScoped<CertificateExpiries>();
        services.AddScoped<Assignments.Assignments>();
        services.AddScoped<AssignmentDeadlines>();
        services.AddReminderSource<AssignmentReminders>();
        services.AddReminderSource<CertificateReminders>();
        services.AddReminderSource<BehindReminders>();
        services.AddHomeNotice<TrainingNotices>();
        services.AddScoped<IDemoContent, CourseDemoContent>();
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Training", TrainingPermissions.TakeTraining.PolicyName);
            pages.Conventions.AuthorizePage("/My/Certificates", TrainingPermissions.TakeTraining.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Assignments", TrainingPermissions.AssignTraining.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Courses", TrainingPermissions.ManageCourses.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Certificates", TrainingPermissions.RevokeCertificates.PolicyName);
            pages.Conventions.AuthorizeFolder("/Admin/Attempts", TrainingPermissions.AssignTraining.PolicyName);
        });
        services.AddSingleton(new AdminLink("Khoá học", "Soạn khoá học từ các bài học đã xuất bản, ngân hàng câu hỏi, điểm đạt và thời hạn chứng nhận; ban hành phiên bản mới.", "/admin/courses", TrainingPermissions.ManageCourses, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Giao khoá học", "Giao khoá tập huấn cho đơn vị trong phạm vi, theo dõi ai đã đạt, ai quá hạn; gia hạn hoặc thu hồi.", "/admin/assignments", TrainingPermissions.AssignTraining, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Chứng nhận đã cấp", "Tra cứu chứng nhận trong phạm vi của bạn và thu hồi chứng nhận có ghi lý do.", "/admin/certificates", TrainingPermissions.RevokeCertificates, typeof(TrainingText)));
        services.AddSingleton(new AdminLink("Cấp thêm lượt làm bài", "Người đã làm bài kiểm tra không đạt hết số lượt cho phép; cấp thêm lượt để họ làm lại.", "/admin/attempts", TrainingPermissions.AssignTraining, typeof(TrainingText)));
    }
}
