namespace ChildSafety.Core.Modules;

/// <summary>
/// A module's share of the demo site, loaded at start-up in Development or with <c>Site:Demo=true</c>, after the
/// demo organizations and people exist. Loading twice must change nothing.
/// </summary>
public interface IDemoContent
{
    /// <summary>Lower loads first: content before the courses built from it, courses before enrolments.</summary>
    int Order { get; }

    Task LoadAsync(string contentFolder, CancellationToken cancellationToken);
}
