namespace ChildSafety.Training.Learning;

/// <summary>
/// Counts the changes to a person's learning records: certificates, quiz attempts, attempts granted and lessons
/// read. Triggers on those four tables raise it inside the writing transaction, whoever writes — a teacher's page,
/// an officer, an import, a script — so a copy of the records kept in memory (<see cref="LearnerRecords"/>) holds
/// while the stamp it was read under has not moved, on every instance. No row yet reads as 0.
/// </summary>
public sealed class LearningStamp
{
    public Guid PersonId { get; set; }

    public long Stamp { get; set; }
}
