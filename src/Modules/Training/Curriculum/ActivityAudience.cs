namespace ChildSafety.Training.Curriculum;

[Flags]
public enum ActivityAudience
{
    None = 0,
    Pupils = 1,
    Staff = 2,
    Parents = 4,
}
