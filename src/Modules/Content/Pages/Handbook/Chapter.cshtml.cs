using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using ChildSafety.Content.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ChildSafety.Content.Pages.Handbook;

/// <summary>One handbook chapter with its own outline and the way to the chapters before and after it.</summary>
[OutputCache(PolicyName = ContentCache.Policy)]
public sealed class ChapterModel(PublishedContent content) : PageModel
{
    public PublishedItem Chapter { get; private set; } = null!;

    public IReadOnlyList<Heading> Outline { get; private set; } = [];

    public PublishedItem? Previous { get; private set; }

    public PublishedItem? Next { get; private set; }

    public int Number { get; private set; }

    public HeadTags Head => new(Chapter.Title, Chapter.Summary, Chapter.Path, Chapter.CoverImage, "article");

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await content.FindAsync(ContentType.HandbookChapter, slug, cancellationToken) is not { } chapter)
        {
            return NotFound();
        }
        Chapter = chapter;
        Outline = HeadingOutline.From(chapter.Html);
        var chapters = await content.ChaptersAsync(cancellationToken);
        var index = chapters.ToList().FindIndex(c => c.Id == chapter.Id);
        Number = index + 1;
        Previous = index > 0 ? chapters[index - 1] : null;
        Next = index >= 0 && index < chapters.Count - 1 ? chapters[index + 1] : null;
        return Page();
    }
}
