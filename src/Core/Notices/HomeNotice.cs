namespace ChildSafety.Core.Notices;

/// <summary>A short line on a signed-in person's home page, already in their language, and the page that deals with it.</summary>
public sealed record HomeNotice(string Text, string Link);
