namespace ChildSafety.Training.Courses;

/// <summary>The <see cref="TrainingText"/> key naming each kind of question.</summary>
public static class QuestionKinds
{
    public static string NameOf(QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "Nhiều lựa chọn",
        QuestionKind.TrueFalse => "Đúng/Sai",
        _ => "Một lựa chọn",
    };
}
