namespace ChildSafety.Training.Conduct;

public enum AcknowledgmentMethod
{
    /// <summary>The person ticked "Accept" on the conduct page.</summary>
    Online = 0,

    /// <summary>The person signed on paper and a school administrator recorded it with the scan as evidence.</summary>
    Paper = 1,
}
