using ChildSafety.Content.Data;
using ChildSafety.Content.Media;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChildSafety.Content.Demo;

/// <summary>
/// Publishes the Markdown files under <c>content/{handbook,lessons,articles,posters,news}</c> through the same
/// editor the people use. An item whose type and slug already exist is left alone, so a restart never duplicates
/// anything and never undoes an editor's change. Images next to a file go into the media library first.
/// </summary>
internal sealed class DemoContentLoader(
    ContentDbContext db,
    CoreDbContext core,
    ContentEditor editor,
    MediaLibrary media,
    ILogger<DemoContentLoader> logger) : IDemoContent
{
    public const string DefaultOwner = "SGD-BM";

    private static readonly string[] Folders = ["handbook", "lessons", "articles", "posters", "news"];

    /// <summary>First: courses are built from these lessons.</summary>
    public int Order => 0;

    public async Task LoadAsync(string contentFolder, CancellationToken cancellationToken)
    {
        var organizations = await core.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Code, cancellationToken);
        var files = Folders
            .Select(folder => Path.Combine(contentFolder, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal));
        var loaded = 0;
        foreach (var path in files)
        {
            var file = ContentFile.Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
            var draft = file.ToDraft();
            var slug = string.IsNullOrEmpty(draft.Slug) ? Rendering.Slugs.From(draft.Title) : draft.Slug;
            if (await db.Items.AnyAsync(i => i.Type == draft.Type && i.Locale == draft.Locale && i.Slug == slug, cancellationToken))
            {
                continue;
            }
            if (!organizations.TryGetValue(file.Owner ?? DefaultOwner, out var owner))
            {
                logger.LogWarning("Demo content {Path} skipped: organization {Code} does not exist", path, file.Owner ?? DefaultOwner);
                continue;
            }
            // The loader acts as an administrator of the owning organization, with no person behind it.
            var loader = new CallerScope(Guid.Empty, owner.Id, owner.Path, [Roles.Administrator]);
            var withImages = await new DemoImages(media).AttachAsync(loader, Path.GetDirectoryName(path)!, draft, cancellationToken);
            var created = await editor.CreateAsync(loader, withImages, cancellationToken);
            var published = created.Item is { } item ? await editor.PublishAsync(loader, item.Id, item.Revision, cancellationToken) : created;
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"{path}: {string.Join("; ", published.Outcome.Errors.Select(e => e.Value))}");
            }
            loaded++;
        }
        if (loaded > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Loaded {Count} demo content items from {Folder}", loaded, contentFolder);
        }
    }
}
