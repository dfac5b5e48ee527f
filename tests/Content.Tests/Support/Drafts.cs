using ChildSafety.Content.Items;

namespace ChildSafety.Content.Tests.Support;

/// <summary>Builds drafts with sensible Vietnamese defaults; tests override only what they are about.</summary>
public static class Drafts
{
    public static ContentDraft Chapter(string title = "Nhận biết dấu hiệu xâm hại", string body = "## Dấu hiệu\n\nTrẻ thay đổi hành vi đột ngột.") =>
        new(ContentType.HandbookChapter, title, null, "Tóm tắt chương.", body, null, ["sexual-abuse-prevention"], Audience.Staff, Order: 1);

    public static ContentDraft With(this ContentDraft draft, string? title = null, string? body = null, string? slug = null, ContentType? type = null) =>
        draft with { Title = title ?? draft.Title, Body = body ?? draft.Body, Slug = slug ?? draft.Slug, Type = type ?? draft.Type };
}
