namespace ChildSafety.Training.Courses;

/// <summary>Stored as a number; never renumber.</summary>
public enum QuestionKind
{
    SingleChoice = 0,
    MultipleChoice = 1,
    TrueFalse = 2,
}
