namespace ChildSafety.Training.Commitments;

/// <summary>How many families of a class were asked and how many signed, online or on paper.</summary>
public sealed record ClassCount(string ClassName, int Invited, int SignedOnline, int SignedOnPaper)
{
    public int SignedInAll => SignedOnline + SignedOnPaper;
}
