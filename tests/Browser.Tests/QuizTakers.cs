namespace ChildSafety.Browser.Tests;

/// <summary>
/// The journeys that take the demo course's quiz run one after the other, not side by side: run together, each
/// against its own site in this one process, a background save of the first journey sometimes got no answer within
/// its timeout (2026-12-07, cause not yet found; each passes reliably alone). See the issue 8 note of that day.
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuizTakers
{
    public const string Name = "Quiz takers";
}
