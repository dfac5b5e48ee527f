using static ChildSafety.TestSupport.DemoAccounts;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// The expected access rule of every route the site maps. <see cref="AuthorizationSpecs"/> fails for a route that
/// has no line here: a new page or endpoint declares who may reach it by adding one line.
/// </summary>
public static class RouteRules
{
    public static readonly string[] Everyone = [Administrator, ProvinceOfficer, Editor, DistrictOfficer, SchoolAdmin, Teacher];
    public static readonly string[] AdminArea = [Administrator, ProvinceOfficer, Editor, DistrictOfficer, SchoolAdmin];
    public static readonly string[] PeopleManagers = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin];
    public static readonly string[] OrganizationManagers = [Administrator, ProvinceOfficer, DistrictOfficer];
    public static readonly string[] ConductManagers = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin];
    public static readonly string[] Assigners = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin];
    public static readonly string[] Learners = [Administrator, ProvinceOfficer, Editor, DistrictOfficer, SchoolAdmin, Teacher];
    public static readonly string[] ContentEditors = [Administrator, ProvinceOfficer, Editor, DistrictOfficer, SchoolAdmin];
    public static readonly string[] Auditors = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin];
    public static readonly string[] CurriculumReaders = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin, Teacher];
    public static readonly string[] CurriculumRecorders = [Administrator, SchoolAdmin, Teacher];
    public static readonly string[] CurriculumManagers = [Administrator, SchoolAdmin];
    public static readonly string[] CourseManagers = [Administrator, ProvinceOfficer, Editor, DistrictOfficer];
    public static readonly string[] CertificateRevokers = [Administrator, ProvinceOfficer, DistrictOfficer];
    public static readonly string[] AttemptGranters = [Administrator, ProvinceOfficer, DistrictOfficer, SchoolAdmin];

    public static readonly IReadOnlyList<RouteRule> All =
    [
        RouteRule.Public(""),
        RouteRule.Public("account/accessdenied"),
        RouteRule.Public("account/access-denied"),
        RouteRule.Public("account/forgotpassword"),
        RouteRule.Public("account/forgot-password"),
        RouteRule.Public("account/login"),
        RouteRule.Public("account/login-two-factor"),
        RouteRule.Public("account/logout"),
        RouteRule.Public("account/resetpassword"),
        RouteRule.Public("account/reset-password"),
        RouteRule.Public("commitment/{token}"),
        RouteRule.Public("culture"),
        RouteRule.Public("error"),
        RouteRule.Public("feed.xml"),
        RouteRule.Public("search"),
        RouteRule.Public("sitemap.xml"),
        RouteRule.Public("handbook"),
        RouteRule.Public("handbook/{slug}"),
        RouteRule.Public("health"),
        RouteRule.Public("setup"),
        RouteRule.Public("{section:regex(^(lessons|articles|news|posters)$)}"),
        RouteRule.Public("{section:regex(^(lessons|articles|news|posters|pages)$)}/{slug}"),
        RouteRule.Public("media/{**path}"),
        RouteRule.Public("schools"),
        RouteRule.Public("schools/{code}"),
        RouteRule.Only("conduct", Everyone),
        RouteRule.Public("verify/{serial}"),
        RouteRule.Only("training", Learners),
        RouteRule.Only("training/{course}", Learners),
        RouteRule.Only("training/{course}/lessons/{number:int}", Learners),
        RouteRule.Only("training/attempts/{id:long}", Learners),
        RouteRule.Only("training/attempts/{id:long}/result", Learners),
        RouteRule.Only("training/attempts/{id:long}/answers", Learners),
        RouteRule.Only("my/certificates", Learners),
        RouteRule.Only("my/certificates/{serial}.pdf", Learners),
        RouteRule.Only("account/my-data", Everyone),
        RouteRule.Only("my/profile", Everyone),
        RouteRule.Only("account/two-factor", AdminArea),

        RouteRule.Only("admin", AdminArea),

        RouteRule.Only("admin/people", PeopleManagers),
        RouteRule.Only("admin/people/create", PeopleManagers),
        RouteRule.Only("admin/people/edit/{id:guid}", PeopleManagers)
            .Scoped(DistrictOfficer, s => s.PersonIn, s => s.PersonOut)
            .Scoped(SchoolAdmin, s => s.PersonIn, s => s.PersonOut),
        RouteRule.Only("admin/people/status/{id:guid}", PeopleManagers)
            .Scoped(DistrictOfficer, s => s.PersonIn, s => s.PersonOut)
            .Scoped(SchoolAdmin, s => s.PersonIn, s => s.PersonOut),
        RouteRule.Only("admin/people/erase/{id:guid}", [Administrator]),
        RouteRule.Only("admin/people/import", PeopleManagers),
        RouteRule.Only("admin/people/import/{id:guid}", PeopleManagers),
        RouteRule.Only("admin/people/import/{id:guid}/done", PeopleManagers),

        RouteRule.Only("admin/organizations", OrganizationManagers),
        RouteRule.Only("admin/organizations/create", OrganizationManagers),
        RouteRule.Only("admin/organizations/edit/{id:int}", OrganizationManagers)
            .Scoped(DistrictOfficer, s => s.OrganizationIn, s => s.OrganizationOut),
        RouteRule.Only("admin/organizations/status/{id:int}", OrganizationManagers)
            .Scoped(DistrictOfficer, s => s.OrganizationIn, s => s.OrganizationOut),

        RouteRule.Only("admin/conduct", ConductManagers),
        RouteRule.Only("admin/conduct/edit/{id:int}", ConductManagers)
            .Scoped(SchoolAdmin, s => s.ConductVersionIn, s => s.ConductVersionOut),
        RouteRule.Only("admin/conduct/publish/{id:int}", ConductManagers),
        RouteRule.Only("admin/conduct/report/{id:int}", ConductManagers),
        RouteRule.Only("admin/conduct/evidence/{id:long}", ConductManagers),
        RouteRule.Only("admin/conduct/paper/{personid:guid}", ConductManagers)
            .Scoped(DistrictOfficer, s => s.PersonIn, s => s.PersonOut)
            .Scoped(SchoolAdmin, s => s.PersonIn, s => s.PersonOut),
        RouteRule.Only("admin/conduct/person/{personid:guid}", ConductManagers)
            .Scoped(DistrictOfficer, s => s.PersonIn, s => s.PersonOut)
            .Scoped(SchoolAdmin, s => s.PersonIn, s => s.PersonOut),
        RouteRule.Only("admin/assignments", Assigners),
        RouteRule.Only("admin/assignments/new", Assigners),
        RouteRule.Only("admin/assignments/{id:int}", Assigners)
            .Scoped(DistrictOfficer, s => s.AssignmentIn, s => s.AssignmentOut),
        RouteRule.Only("admin/assignments/{id:int}/withdraw", Assigners)
            .Scoped(DistrictOfficer, s => s.AssignmentIn, s => s.AssignmentOut),
        RouteRule.Only("admin/commitments", ConductManagers),
        RouteRule.Only("admin/courses", CourseManagers),
        RouteRule.Only("admin/courses/edit/{id:int}", CourseManagers),
        RouteRule.Only("admin/courses/question/{id:int}/{questionid:int?}", CourseManagers),
        RouteRule.Only("admin/courses/deletequestion/{id:int}/{questionid:int}", CourseManagers),
        RouteRule.Only("admin/courses/publish/{id:int}", CourseManagers),
        RouteRule.Only("admin/certificates", CertificateRevokers),
        RouteRule.Only("admin/certificates/revoke/{id:long}", CertificateRevokers),
        RouteRule.Only("admin/attempts", AttemptGranters),
        RouteRule.Only("admin/commitments/class", ConductManagers),

        RouteRule.Public("api/v1/openapi.json"),
        RouteRule.Only("api/v1/organizations", Auditors),
        RouteRule.Only("api/v1/indicators", Auditors),
        RouteRule.Only("audit", Auditors),
        RouteRule.Only("audit/export.{format:regex(^(xlsx|csv)$)}", Auditors),
        RouteRule.Only("audit/indicator/{key}", Auditors),
        RouteRule.Only("audit/report", Auditors),
        RouteRule.Only("audit/trail", Auditors),
        RouteRule.Only("api/v1/coverage", Everyone),
        RouteRule.Only("curriculum", CurriculumReaders),
        RouteRule.Only("curriculum/entries", CurriculumReaders),
        RouteRule.Only("curriculum/entries/edit/{id:guid?}", CurriculumRecorders)
            .Scoped(SchoolAdmin, s => s.CurriculumEntryIn, s => s.CurriculumEntryOut),
        RouteRule.Only("curriculum/entries/delete/{id:guid}", CurriculumManagers)
            .Scoped(SchoolAdmin, s => s.CurriculumEntryIn, s => s.CurriculumEntryOut),
        RouteRule.Only("curriculum/import", CurriculumManagers),
        RouteRule.Only("curriculum/schools", CurriculumReaders),
        RouteRule.Only("curriculum/evidence/{id:guid}", CurriculumReaders),
        RouteRule.Only("curriculum/activities", CurriculumReaders),
        RouteRule.Only("curriculum/activities/calendar", CurriculumReaders),
        RouteRule.Only("curriculum/activities/edit/{id:guid?}", CurriculumManagers)
            .Scoped(SchoolAdmin, s => s.AwarenessActivityIn, s => s.AwarenessActivityOut),
        RouteRule.Only("curriculum/activities/delete/{id:guid}", CurriculumManagers)
            .Scoped(SchoolAdmin, s => s.AwarenessActivityIn, s => s.AwarenessActivityOut),

        RouteRule.Only("admin/content", ContentEditors),
        RouteRule.Only("admin/content/edit/{id:guid?}", ContentEditors),
        RouteRule.Only("admin/content/versions/{id:guid}", ContentEditors),
        RouteRule.Only("admin/content/preview", ContentEditors),
        RouteRule.Only("admin/media", ContentEditors),
        RouteRule.Only("admin/media/upload", ContentEditors),
        RouteRule.Only("admin/media/{id:guid}", ContentEditors),
        RouteRule.Only("admin/channels", ContentEditors),
        RouteRule.Only("admin/channels/{id:int}", ContentEditors)
            .Scoped(DistrictOfficer, s => s.OrganizationIn, s => s.OrganizationOut)
            .Scoped(SchoolAdmin, s => s.OrganizationIn, s => s.OrganizationOut),
    ];
}
