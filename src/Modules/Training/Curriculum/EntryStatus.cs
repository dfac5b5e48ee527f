namespace ChildSafety.Training.Curriculum;

public enum EntryStatus
{
    Planned = 0,
    Taught = 1,
}
