using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Handbook;

/// <summary>The staff handbook: its chapters in order, as a table of contents.</summary>
[OutputCache(PolicyName = ContentCache.Policy)]
public sealed class IndexModel(PublishedContent content, IStringLocalizer<ContentText> text) : PageModel
{
    public IReadOnlyList<PublishedItem> Chapters { get; private set; } = [];

    public HeadTags Head => new(
        text["Sổ tay giáo viên"],
        text["Hướng dẫn thực hành cho giáo viên, nhân viên về phòng, chống xâm hại và bạo lực với trẻ em."],
        "/handbook");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Chapters = await content.ChaptersAsync(cancellationToken);
}
