namespace ChildSafety.Training.Curriculum;

public enum ActivityKind
{
    Assembly = 0,
    ClassSession = 1,
    ParentsMeeting = 2,
    Contest = 3,
    PosterCampaign = 4,
    StaffTraining = 5,
}
