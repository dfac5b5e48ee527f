namespace ChildSafety.Training.Conduct;

public enum AcknowledgmentDecision
{
    Accepted = 0,
    Declined = 1,
}
