using ChildSafety.Training.Curriculum;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>
/// The entry form's fields, named as <see cref="EntryInput"/> so that its messages land beside them. The texts are
/// nullable because model binding turns an empty box into null; the rules, not the binder, say what is missing.
/// </summary>
public sealed class EntryForm
{
    public int Grade { get; set; } = int.MinValue;

    public string? Subject { get; set; }

    public string? TopicCode { get; set; }

    public string? Lesson { get; set; }

    public int Periods { get; set; } = 1;

    public int Term { get; set; } = 1;

    public EntryStatus Status { get; set; }

    public Guid? TeacherId { get; set; }

    public string? EvidenceUrl { get; set; }

    public EntryInput ToInput() => new(Grade, Subject ?? "", TopicCode ?? "", Lesson ?? "", Periods, Term, Status, TeacherId, EvidenceUrl);

    public static EntryForm From(IntegrationEntry entry) => From(entry, entry.Status, entry.EvidenceUrl);

    /// <summary>The stored entry with the two fields its teacher may change.</summary>
    public static EntryForm From(IntegrationEntry entry, EntryStatus status, string? evidenceUrl) => new()
    {
        Grade = entry.Grade, Subject = entry.Subject, TopicCode = entry.TopicCode, Lesson = entry.Lesson, Periods = entry.Periods,
        Term = entry.Term, Status = status, TeacherId = entry.TeacherId, EvidenceUrl = evidenceUrl,
    };
}
