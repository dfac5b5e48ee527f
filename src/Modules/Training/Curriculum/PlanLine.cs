namespace ChildSafety.Training.Curriculum;

/// <summary>
/// One row of a plan file as text, cell by cell in <see cref="PlanColumn"/> order. The preview posts these back when
/// the upload is confirmed, and they are checked again then, so a tampered form gains nothing.
/// </summary>
public sealed record PlanLine(int Row, IReadOnlyList<string> Cells)
{
    public string this[PlanColumn column] => (int)column < Cells.Count ? Cells[(int)column] : "";
}
