using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Tests.Courses;

/// <summary>Questions built in memory with option ids id*10+1, id*10+2…; the ones listed in <c>correct</c> are right.</summary>
internal static class Questions
{
    public static Question Of(int id, QuestionKind kind, int options, params int[] correct) => new()
    {
        Id = id,
        Kind = kind,
        Text = $"Question {id}",
        Options = Enumerable.Range(1, options).Select(n => new QuestionOption { Id = id * 10 + n, Order = n, Text = $"Option {n}", IsCorrect = correct.Contains(n) }).ToList(),
    };
}
