namespace ChildSafety.Training.Courses;

public sealed class QuestionOption
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public int Order { get; set; }

    public required string Text { get; set; }

    public bool IsCorrect { get; set; }
}
