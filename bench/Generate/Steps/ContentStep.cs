using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Rendering;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// Published content: the province's lessons, awareness articles and news (among them the article the page benchmark
/// reads, <see cref="ContentTexts.ShowcaseSlug"/>), and a few news items from every district office.
/// </summary>
public sealed class ContentStep : IGeneratorStep
{
    private const int ProvinceItemsPerType = 12;
    private const int NewsPerDistrict = 4;

    public string Name => "published content";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var renderer = generation.Services.GetRequiredService<MarkdownRenderer>();
        var topics = generation.Services.GetRequiredService<TopicCatalog>().All.Select(t => t.Code).ToArray();
        var editor = generation.People[0].Id;
        var items = new List<ContentItem>();

        items.Add(Item(random, generation, topics, generation.Tree.Province, ContentType.AwarenessArticle, ContentTexts.ShowcaseTitle, ContentTexts.ShowcaseSlug, 0, sections: 8));
        foreach (var type in ContentTexts.Titles.Keys)
        {
            for (var i = 0; i < ProvinceItemsPerType; i++)
            {
                var title = random.ArrayElement(ContentTexts.Titles[type]);
                items.Add(Item(random, generation, topics, generation.Tree.Province, type, title, $"{Slugs.From(title)}-{items.Count}", i + 1, sections: 3));
            }
        }
        foreach (var district in generation.Tree.Districts)
        {
            for (var i = 0; i < NewsPerDistrict; i++)
            {
                var title = random.ArrayElement(ContentTexts.Titles[ContentType.News]);
                items.Add(Item(random, generation, topics, district, ContentType.News, title, $"{Slugs.From(title)}-{items.Count}", 0, sections: 2));
            }
        }
        generation.Lessons = [.. items.Where(i => i.Type == ContentType.Lesson).Select(i => i.Id)];
        var versions = items.Select((item, i) => VersionSnapshot.Of(item, 1, renderer, item.PublishedAt!.Value, editor)).ToList();
        for (var i = 0; i < versions.Count; i++)
        {
            versions[i].Id = i + 1;
        }

        await using var load = await BulkLoad.BeginAsync<ContentDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(items, cancellationToken);
        await load.AddAsync(versions, cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    private static ContentItem Item(Bogus.Randomizer random, Generation generation, string[] topics, Organization owner, ContentType type, string title, string slug, int order, int sections)
    {
        var published = generation.Now.AddDays(-random.Int(1, 3 * 365));
        return new ContentItem
        {
            Id = random.Guid(),
            Type = type,
            Slug = slug,
            Title = title,
            FoldedTitle = Folding.Fold(title),
            Summary = ContentTexts.Summary(random),
            Body = ContentTexts.Body(random, sections),
            Topics = TopicCodes.Join(random.ArrayElements(topics, 2)),
            Audience = type == ContentType.Lesson ? Audience.Pupils : Audience.Parents | Audience.Staff,
            Order = order,
            OwnerOrganizationId = owner.Id,
            OwnerPath = owner.Path,
            State = ContentState.Published,
            PublishedVersion = 1,
            PublishedAt = published,
            CreatedAt = published.AddDays(-2),
            UpdatedAt = published,
            UpdatedBy = generation.People[0].Id,
            Revision = 1,
        };
    }
}
