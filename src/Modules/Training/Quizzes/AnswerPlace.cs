namespace ChildSafety.Training.Quizzes;

/// <summary>Where a saved answer's question stands in its attempt: enough for the page to lead on without reading the whole sheet.</summary>
public sealed record AnswerPlace(int Order, int Count);
