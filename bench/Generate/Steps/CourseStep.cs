using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// Ten province courses over three school years: every year the yearly course for everyone and one course for
/// teachers, both province-wide, and a course a third of the districts add for their own schools. Staff finish
/// nearly all past assignments and, in the current year, more of those already due than of those still open; one
/// passer in five failed a first attempt. Answer sheets are kept for the current year's attempts only — past years'
/// matter to the audit through their certificates.
/// </summary>
public sealed class CourseStep : IGeneratorStep
{
    private const int LessonsPerCourse = 3;
    private const int QuestionsPerCourse = 10;
    private const int OptionsPerQuestion = 4;
    private const int PassMark = 80;
    private const string SerialAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public string Name => "courses and certificates";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var catalogue = Publish(generation);
        var assignments = Assignments(generation);
        var organizations = generation.Tree.All.ToDictionary(o => o.Id);
        var results = new Results(catalogue);

        foreach (var person in generation.People.Where(p => p.IsActive))
        {
            var organization = organizations[person.OrganizationId];
            var member = new Member(person.Id, person.FullName, person.Email!, organization.Id, organization.Name, organization.Path, organization.Level, person.Position, person.StartedOn);
            var attempts = new Dictionary<int, int>();
            foreach (var (assignment, year) in assignments.Where(a => a.Assignment.Rule.Covers(member)))
            {
                var due = assignment.Rule.DueFor(member);
                var opened = Later(assignment.AssignedOn, person.StartedOn);
                var share = year != generation.Years[^1] ? 0.96f : due < DateOnly.FromDateTime(generation.Now.UtcDateTime) ? 0.88f : 0.55f;
                if (opened.ToDateTime(TimeOnly.MinValue) >= generation.Now.UtcDateTime || random.Float() >= share)
                {
                    continue;
                }
                var version = catalogue.VersionIn(assignment.CourseId, year);
                var finished = Between(random, opened, Earlier(due.AddDays(20), DateOnly.FromDateTime(generation.Now.UtcDateTime.AddDays(-1))));
                var number = attempts.GetValueOrDefault(assignment.CourseId);
                if (random.Float() < 0.2f)
                {
                    results.Attempt(random, version, member, ++number, finished.AddHours(-2), passed: false, keepAnswers: year == generation.Years[^1]);
                }
                var passing = results.Attempt(random, version, member, ++number, finished, passed: true, keepAnswers: year == generation.Years[^1]);
                attempts[assignment.CourseId] = number;
                results.Certify(passing, version, organization.Path);
                results.Read(person.Id, version, finished.AddHours(-3));
            }
        }

        await using var load = await BulkLoad.BeginAsync<TrainingDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(catalogue.Courses, cancellationToken);
        await load.AddAsync(catalogue.Versions, cancellationToken);
        await load.AddAsync(catalogue.Lessons, cancellationToken);
        await load.AddAsync(catalogue.Questions, cancellationToken);
        await load.AddAsync(catalogue.Options, cancellationToken);
        await load.AddAsync(assignments.Select(a => a.Assignment).ToList(), cancellationToken);
        await load.AddAsync(results.Attempts, cancellationToken);
        await load.AddAsync(results.Answers, cancellationToken);
        await load.AddAsync(results.Certificates, cancellationToken);
        await load.AddAsync(results.Reads, cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    /// <summary>Every course published in the first year; the first three published again, changed, this year.</summary>
    private static Catalogue Publish(Generation generation)
    {
        var catalogue = new Catalogue();
        var publisher = generation.People[0].Id;
        var province = generation.Tree.Province;
        for (var c = 0; c < CourseTexts.Titles.Length; c++)
        {
            var created = Morning(generation.Years[0].Starts.AddDays(5));
            var course = new Course { Id = c + 1, Slug = $"khoa-{c + 1:D2}", OrganizationId = province.Id, OwnerPath = province.Path, CreatedAt = created };
            catalogue.Courses.Add(course);
            catalogue.Publish(generation, course, CourseTexts.Titles[c], c == 0 ? 12 : 24, Morning(generation.Years[0].Starts.AddDays(12)), publisher);
            if (c < 3)
            {
                catalogue.Publish(generation, course, CourseTexts.Titles[c] + " (cập nhật)", c == 0 ? 12 : 24, Morning(generation.Years[^1].Starts.AddDays(12)), publisher);
            }
        }
        return catalogue;
    }

    private static List<(Assignment Assignment, SchoolYear Year)> Assignments(Generation generation)
    {
        var list = new List<(Assignment, SchoolYear)>();
        var province = generation.Tree.Province;
        var assigner = generation.People[0].Id;
        foreach (var (year, index) in generation.Years.Select((y, i) => (y, i)))
        {
            var assigned = year.Starts.AddDays(20);
            list.Add((New(list.Count + 1, 1, province, PositionSet.Everyone, assigned, new DateOnly(year.StartYear, 12, 15), assigner), year));
            list.Add((New(list.Count + 1, 2 + index, province, PositionSet.Teachers, assigned, new DateOnly(year.StartYear + 1, 3, 31), assigner), year));
            foreach (var district in generation.Tree.Districts.Where((_, i) => i % 3 == index % 3))
            {
                list.Add((New(list.Count + 1, 5 + (district.Id + index) % 6, district, PositionSet.Everyone, assigned.AddDays(14), new DateOnly(year.StartYear + 1, 1, 31), assigner), year));
            }
        }
        return list;
    }

    private static Assignment New(int id, int courseId, Organization organization, PositionSet positions, DateOnly assignedOn, DateOnly dueOn, Guid by) => new()
    {
        Id = id,
        CourseId = courseId,
        OrganizationId = organization.Id,
        OrganizationPath = organization.Path,
        Positions = positions,
        DueOn = dueOn,
        AssignedOn = assignedOn,
        AssignedById = by,
        CreatedAt = Morning(assignedOn),
        UpdatedAt = Morning(assignedOn),
    };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A working-hours moment on a day between the two dates (the first when they cross).</summary>
    private static DateTimeOffset Between(Bogus.Randomizer random, DateOnly from, DateOnly to)
    {
        var days = Math.Max(0, to.DayNumber - from.DayNumber);
        return Morning(from.AddDays(random.Int(0, days))).AddMinutes(random.Int(0, 9 * 60));
    }

    /// <summary>08:00 in Vietnam.</summary>
    private static DateTimeOffset Morning(DateOnly day) => new(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);

    private sealed class Catalogue
    {
        public List<Course> Courses { get; } = [];

        public List<CourseVersion> Versions { get; } = [];

        public List<CourseLesson> Lessons { get; } = [];

        public List<Question> Questions { get; } = [];

        public List<QuestionOption> Options { get; } = [];

        /// <summary>The version people took in a year: the newest published before the year's end.</summary>
        public CourseVersion VersionIn(int courseId, SchoolYear year) =>
            Versions.Where(v => v.CourseId == courseId && v.PublishedAt!.Value.UtcDateTime < year.Ends.ToDateTime(TimeOnly.MinValue)).MaxBy(v => v.Number)!;

        public void Publish(Generation generation, Course course, string title, int validityMonths, DateTimeOffset at, Guid by)
        {
            var version = new CourseVersion
            {
                Id = Versions.Count + 1,
                CourseId = course.Id,
                Number = Versions.Count(v => v.CourseId == course.Id) + 1,
                State = CourseVersionState.Published,
                Title = title,
                Description = $"Khoá bồi dưỡng “{title}” dành cho cán bộ, giáo viên, nhân viên.",
                PassMark = PassMark,
                AttemptLimit = 3,
                ValidityMonths = validityMonths,
                PublishedAt = at,
                PublishedById = by,
                UpdatedAt = at,
            };
            Versions.Add(version);
            for (var l = 0; l < LessonsPerCourse && generation.Lessons.Count > 0; l++)
            {
                Lessons.Add(new CourseLesson { Id = Lessons.Count + 1, CourseVersionId = version.Id, Order = l + 1, LessonId = generation.Lessons[(course.Id * LessonsPerCourse + l) % generation.Lessons.Count] });
            }
            for (var q = 0; q < QuestionsPerCourse; q++)
            {
                var question = new Question { Id = Questions.Count + 1, CourseVersionId = version.Id, Order = q + 1, Kind = QuestionKind.SingleChoice, Text = CourseTexts.Question(q) };
                Questions.Add(question);
                foreach (var (text, o) in CourseTexts.Options.Select((t, o) => (t, o)))
                {
                    Options.Add(new QuestionOption { Id = Options.Count + 1, QuestionId = question.Id, Order = o + 1, Text = text, IsCorrect = o == 0 });
                }
            }
        }
    }

    private sealed class Results(Catalogue catalogue)
    {
        public List<QuizAttempt> Attempts { get; } = [];

        public List<AttemptQuestion> Answers { get; } = [];

        public List<Certificate> Certificates { get; } = [];

        public List<LessonRead> Reads { get; } = [];

        private readonly HashSet<(Guid, int)> read = [];

        public QuizAttempt Attempt(Bogus.Randomizer random, CourseVersion version, Member member, int number, DateTimeOffset submitted, bool passed, bool keepAnswers)
        {
            var correct = passed ? random.Int(QuestionsPerCourse * PassMark / 100, QuestionsPerCourse) : random.Int(3, QuestionsPerCourse * PassMark / 100 - 1);
            var attempt = new QuizAttempt
            {
                Id = Attempts.Count + 1,
                PersonId = member.PersonId,
                OrganizationId = member.OrganizationId,
                CourseId = version.CourseId,
                CourseVersionId = version.Id,
                Number = number,
                StartedAt = submitted.AddMinutes(-random.Int(8, 30)),
                SubmittedAt = submitted,
                Score = correct * 100 / QuestionsPerCourse,
                Passed = passed,
            };
            Attempts.Add(attempt);
            if (keepAnswers)
            {
                var firstQuestion = (version.Id - 1) * QuestionsPerCourse + 1;
                for (var q = 0; q < QuestionsPerCourse; q++)
                {
                    var questionId = firstQuestion + q;
                    var options = random.Shuffle(Enumerable.Range((questionId - 1) * OptionsPerQuestion + 1, OptionsPerQuestion)).ToArray();
                    var right = (questionId - 1) * OptionsPerQuestion + 1;
                    Answers.Add(new AttemptQuestion
                    {
                        Id = Answers.Count + 1,
                        AttemptId = attempt.Id,
                        Order = q + 1,
                        QuestionId = questionId,
                        OptionOrder = IdList.Format(options),
                        Selected = IdList.Format([q < correct ? right : right + 1]),
                        AnsweredAt = attempt.StartedAt.AddMinutes(q + 1),
                    });
                }
            }
            return attempt;
        }

        public void Certify(QuizAttempt attempt, CourseVersion version, string organizationPath)
        {
            var issued = attempt.SubmittedAt!.Value;
            var id = Certificates.Count + 1;
            var code = Scrambled(id);
            Certificates.Add(new Certificate
            {
                Id = id,
                Serial = $"CS-{issued.Year:D4}-{code[..4]}-{code[4..]}",
                PersonId = attempt.PersonId,
                CourseId = attempt.CourseId,
                CourseVersionId = version.Id,
                AttemptId = attempt.Id,
                OrganizationId = attempt.OrganizationId,
                OrganizationPath = organizationPath,
                IssuedAt = issued,
                ExpiresAt = issued.AddMonths(version.ValidityMonths),
            });
        }

        /// <summary>
        /// Eight serial characters that look random but are distinct for every id: multiplying by a prime that does not
        /// divide 31⁸ is a one-to-one map of the ids below 31⁸.
        /// </summary>
        private static string Scrambled(long id)
        {
            const long Space = 852_891_037_441; // 31^8
            var n = id * 1_000_003 % Space;
            var code = new char[8];
            for (var i = 7; i >= 0; i--)
            {
                code[i] = SerialAlphabet[(int)(n % SerialAlphabet.Length)];
                n /= SerialAlphabet.Length;
            }
            return new string(code);
        }

        /// <summary>The lessons a person read before their first pass of a course; a retake reads nothing new.</summary>
        public void Read(Guid personId, CourseVersion version, DateTimeOffset at)
        {
            if (!read.Add((personId, version.CourseId)))
            {
                return;
            }
            foreach (var lesson in catalogue.Lessons.Where(l => l.CourseVersionId == version.Id))
            {
                Reads.Add(new LessonRead { Id = Reads.Count + 1, PersonId = personId, CourseId = version.CourseId, LessonId = lesson.LessonId, ReadAt = at });
            }
        }
    }
}
