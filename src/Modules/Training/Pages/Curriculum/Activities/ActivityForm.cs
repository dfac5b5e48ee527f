using ChildSafety.Core.Topics;
using ChildSafety.Training.Curriculum;

namespace ChildSafety.Training.Pages.Curriculum.Activities;

/// <summary>
/// The activity form's fields, named as <see cref="ActivityInput"/> so that its messages land beside them. The title
/// is nullable because model binding turns an empty box into null; the rules, not the binder, say it is missing.
/// </summary>
public sealed class ActivityForm
{
    public DateOnly? Date { get; set; }

    public ActivityKind Kind { get; set; }

    public List<ActivityAudience> Audience { get; set; } = [];

    public int Participants { get; set; }

    public string? Title { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? EvidenceUrl { get; set; }

    public ActivityInput ToInput() => new(Date, Kind, Audience.Aggregate(ActivityAudience.None, (all, a) => all | a), Participants, Title ?? "", Topics, EvidenceUrl);

    public static ActivityForm From(AwarenessActivity activity) => new()
    {
        Date = activity.Date,
        Kind = activity.Kind,
        Audience = [.. CurriculumLabels.Audiences.Where(a => activity.Audience.HasFlag(a))],
        Participants = activity.Participants,
        Title = activity.Title,
        Topics = [.. TopicCodes.Split(activity.Topics)],
        EvidenceUrl = activity.EvidenceUrl,
    };
}
