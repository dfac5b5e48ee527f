namespace ChildSafety.Core.Modules;

/// <summary>
/// A module's share of the demo site, loaded after the demo organizations and people exist. Must be safe to run at
/// every start: matching what is already there, never duplicating it, never undoing an edit.
/// </summary>
public interface IDemoContent
{
    /// <summary>Lower loads first: content before the courses built from it, courses before enrolments.</summary>
    int Order { get; }

    Task LoadAsync(string contentFolder, CancellationToken cancellationToken);
}
