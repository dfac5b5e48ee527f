namespace ChildSafety.Core.Content;

/// <summary>
/// Turns a Markdown body into HTML that is safe to show: the Content module's renderer, offered to other modules
/// (a code of conduct, a course description) without their reaching into Content.
/// </summary>
public interface IMarkdownRenderer
{
    /// <summary>Markdown in, sanitized HTML out; empty for an empty body.</summary>
    string Render(string? markdown);
}
