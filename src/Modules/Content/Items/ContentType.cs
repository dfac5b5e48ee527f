namespace ChildSafety.Content.Items;

/// <summary>The kinds of item the CMS holds; the number is stored, so never renumber.</summary>
public enum ContentType
{
    Page = 0,
    HandbookChapter = 1,
    Lesson = 2,
    AwarenessArticle = 3,
    News = 4,
    Poster = 5,
}
