namespace ChildSafety.Training.Conduct;

public enum ConductVersionState
{
    Draft = 0,
    Published = 1,
}
