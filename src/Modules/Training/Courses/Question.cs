namespace ChildSafety.Training.Courses;

/// <summary>A question of a course version's quiz, with the explanation shown once the attempt is submitted.</summary>
public sealed class Question
{
    public int Id { get; set; }

    public int CourseVersionId { get; set; }

    public int Order { get; set; }

    public QuestionKind Kind { get; set; }

    public required string Text { get; set; }

    public string Explanation { get; set; } = "";

    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>Single choice and true/false take exactly one answer; multiple choice takes one or more.</summary>
    public bool TakesOneAnswer => Kind != QuestionKind.MultipleChoice;
}
