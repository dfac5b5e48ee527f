namespace ChildSafety.Training.Courses;

/// <summary>The shape of <c>content/courses.yml</c>.</summary>
internal sealed class CourseFile
{
    public List<CourseEntry> Courses { get; set; } = [];

    public List<AssignmentEntry> Assignments { get; set; } = [];

    public ProgressEntry Progress { get; set; } = new();

    public sealed class CourseEntry
    {
        public string Slug { get; set; } = "";

        public string Title { get; set; } = "";

        public string Organization { get; set; } = "";

        public int PassMark { get; set; } = 80;

        public int AttemptLimit { get; set; } = 3;

        public int ValidityMonths { get; set; } = 12;

        public List<string> Audience { get; set; } = [];

        public string? Refresher { get; set; }

        public List<string> Lessons { get; set; } = [];

        public string Description { get; set; } = "";

        public List<QuestionEntry> Questions { get; set; } = [];
    }

    public sealed class QuestionEntry
    {
        public string Kind { get; set; } = "single";

        public string Text { get; set; } = "";

        public string Explanation { get; set; } = "";

        public bool? Answer { get; set; }

        public List<OptionEntry> Options { get; set; } = [];
    }

    public sealed class OptionEntry
    {
        public string Text { get; set; } = "";

        public bool Correct { get; set; }
    }

    public sealed class AssignmentEntry
    {
        public string Course { get; set; } = "";

        public string Organization { get; set; } = "";

        public List<string> Positions { get; set; } = [];

        public int? DueInDays { get; set; }

        public int? DaysAfterStart { get; set; }
    }

    public sealed class ProgressEntry
    {
        public List<PersonProgress> People { get; set; } = [];

        public string Course { get; set; } = "";

        public List<string> Cycle { get; set; } = [];
    }

    public sealed class PersonProgress
    {
        public string Email { get; set; } = "";

        public Dictionary<string, string> Courses { get; set; } = [];
    }
}
