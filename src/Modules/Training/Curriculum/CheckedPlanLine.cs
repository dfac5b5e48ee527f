namespace ChildSafety.Training.Curriculum;

/// <summary>A plan file's row with the entry it would write, or why it cannot be imported.</summary>
public sealed record CheckedPlanLine(PlanLine Line, EntryInput? Entry, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
