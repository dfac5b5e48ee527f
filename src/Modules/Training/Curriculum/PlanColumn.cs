namespace ChildSafety.Training.Curriculum;

/// <summary>The columns of an integration plan file, in the template's order.</summary>
public enum PlanColumn
{
    Grade,
    Subject,
    Topic,
    Lesson,
    Periods,
    Term,
    Status,
    TeacherEmail,
    EvidenceUrl,
}
