using ChildSafety.Core.Topics;

namespace ChildSafety.Training.Tests.Curriculum;

/// <summary>The shipped taxonomy, content/topics.yml, as the site reads it.</summary>
internal static class Taxonomy
{
    public static TopicCatalog Shipped { get; } = TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content"));
}
