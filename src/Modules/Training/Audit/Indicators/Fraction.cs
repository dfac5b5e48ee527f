namespace ChildSafety.Training.Audit.Indicators;

/// <summary>A figure against the directives' 100% target.</summary>
public readonly record struct Fraction(int Numerator, int Denominator)
{
    public static Fraction Zero => default;

    /// <summary>Whole percent, rounded down so that 99.9% never shows as the target reached; null with nothing to count.</summary>
    public int? Percent => Denominator == 0 ? null : (int)(100L * Numerator / Denominator);

    public bool IsBehind => Denominator > 0 && Numerator < Denominator;

    public static Fraction operator +(Fraction left, Fraction right) =>
        new(left.Numerator + right.Numerator, left.Denominator + right.Denominator);

    public Fraction Add(Fraction other) => this + other;
}
