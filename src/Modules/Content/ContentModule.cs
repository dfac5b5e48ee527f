using ChildSafety.Content.Data;
using ChildSafety.Content.Demo;
using ChildSafety.Content.Media;
using ChildSafety.Content.Schools;
using ChildSafety.Content.Feeds;
using ChildSafety.Content.Data.Postgres;
using ChildSafety.Content.Data.Sqlite;
using ChildSafety.Content.Pages.Admin.Content;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using ChildSafety.Content.Rendering;
using ChildSafety.Content.Search;
using ChildSafety.Core.Content;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content;

/// <summary>The CMS: handbook, lessons, awareness articles, news and posters.</summary>
public sealed class ContentModule : IModule
{
    public string Name => "Content";

    public IPermissionProvider Permissions { get; } = new ContentPermissions();

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The host registers the one DatabaseSettings instance before any module; every module uses the same engine.
        var database = services.Select(d => d.ImplementationInstance).OfType<DatabaseSettings>().Single();
        services.AddModuleDatabase<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(database, SqliteContentDbContext.HistoryTable);

        services.AddSingleton(new MediaStore(Path.Combine(database.DataPath, "media")));
        services.AddScoped<MediaLibrary>();
        services.AddScoped<SchoolDirectory>();
        services.AddScoped<ISchoolPublicity, SchoolPublicity>();
        services.AddSingleton<IFigureInputs, PublicityFigureInputs>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<IMarkdownRenderer>(provider => provider.GetRequiredService<MarkdownRenderer>());
        services.AddSingleton<ContentCache>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<PublishedContent>();
        services.AddScoped<ILessonLibrary, LessonLibrary>();
        foreach (var origin in VideoHosts.EmbedOrigins)
        {
            services.AddSingleton(new FrameSource(origin));
        }
        services.AddScoped<SiteSearch>();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddScoped<IContentSearchEngine, PostgresContentSearch>();
        }
        else
        {
            services.AddScoped<IContentSearchEngine, SqliteContentSearch>();
        }
        services.AddScoped<IDemoContent, DemoContentLoader>();
        services.AddScoped<IDemoContent, DemoChannelsLoader>();
        services.AddSingleton(new AdminLink("Thư viện ảnh và tài liệu", "Tải ảnh, tài liệu PDF lên; lấy Markdown để chèn vào bài viết.", "/admin/media", ContentPermissions.EditContent, typeof(ContentText)));
        services.AddSingleton(new AdminLink("Kênh tiếp nhận tin báo", "Hòm thư góp ý, điện thoại, người tiếp nhận hiện trên trang của trường.", "/admin/channels", ContentPermissions.EditContent, typeof(ContentText)));
        services.AddHostedService<ScheduledPublisher>();
        services.AddOutputCache(options => options.AddPolicy(ContentCache.Policy, new PublicPageCachePolicy()));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin/Content", ContentPermissions.EditContent.PolicyName);
            options.Conventions.AuthorizeFolder("/Admin/Media", ContentPermissions.EditContent.PolicyName);
            options.Conventions.AuthorizeFolder("/Admin/Channels", ContentPermissions.EditContent.PolicyName);
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PreviewEndpoint.Map(endpoints);
        SitemapEndpoint.Map(endpoints);
        FeedEndpoint.Map(endpoints);
        MediaEndpoint.Map(endpoints);
    }
}
