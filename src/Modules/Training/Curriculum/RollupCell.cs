namespace ChildSafety.Training.Curriculum;

/// <summary>A topic in a grade across the schools in scope that teach the grade: how many planned it, how many taught it.</summary>
public sealed record RollupCell(int Grade, int Schools, int Planned, int Taught)
{
    public int PlannedPercent => Percent(Planned);

    public int TaughtPercent => Percent(Taught);

    private int Percent(int count) => Schools == 0 ? 0 : (int)Math.Round(100.0 * count / Schools, MidpointRounding.AwayFromZero);
}
