using ChildSafety.Core.Content;
using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Training.Courses;

/// <summary>
/// Publishes the demo courses of <c>content/courses.yml</c> from the demo lessons, assigns them across the demo
/// district and gives its staff varied results, so that /training and the progress figures show something true.
/// Runs only on a site without courses, so an edited or removed demo course is never brought back.
/// </summary>
internal sealed class CourseDemoContent(TrainingDbContext db, CoreDbContext core, ILessonLibrary library, TimeProvider clock) : IDemoContent
{
    public int Order => 200;

    public async Task LoadAsync(string contentFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(contentFolder, "courses.yml");
        if (!File.Exists(path) || await db.Courses.AnyAsync(cancellationToken))
        {
            return;
        }
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<CourseFile>(await File.ReadAllTextAsync(path, cancellationToken));
        var organizations = await core.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var courses = new Dictionary<string, Course>();
        foreach (var entry in file.Courses)
        {
            var lessons = (await library.FindBySlugsAsync(entry.Lessons, cancellationToken)).ToDictionary(l => l.Slug, l => l.Id);
            var owner = organizations[entry.Organization];
            var course = new Course
            {
                Slug = entry.Slug,
                OrganizationId = owner.Id,
                OwnerPath = owner.Path,
                CreatedAt = now,
                Versions =
                [
                    new CourseVersion
                    {
                        Number = 1,
                        State = CourseVersionState.Published,
                        Title = entry.Title,
                        Description = entry.Description.Trim(),
                        PassMark = entry.PassMark,
                        AttemptLimit = entry.AttemptLimit,
                        ValidityMonths = entry.ValidityMonths,
                        Positions = Positions(entry.Audience),
                        PublishedAt = now,
                        UpdatedAt = now,
                        Lessons = entry.Lessons.Where(lessons.ContainsKey).Select((slug, i) => new CourseLesson { Order = i + 1, LessonId = lessons[slug] }).ToList(),
                        Questions = entry.Questions.Select((q, i) => Question(q, i + 1)).ToList(),
                    },
                ],
            };
            db.Courses.Add(course);
            courses[entry.Slug] = course;
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in file.Courses.Where(e => e.Refresher is not null))
        {
            courses[entry.Slug].RefresherCourseId = courses[entry.Refresher!].Id;
        }
        var today = VietnamTime.Today(clock);
        var administrator = await core.Users.Where(p => p.NormalizedEmail == "ADMIN@DEMO.EDU.VN").Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        foreach (var entry in file.Assignments)
        {
            var organization = organizations[entry.Organization];
            db.Assignments.Add(new Assignment
            {
                CourseId = courses[entry.Course].Id,
                OrganizationId = organization.Id,
                OrganizationPath = organization.Path,
                Positions = Positions(entry.Positions),
                DueOn = entry.DueInDays is { } days ? today.AddDays(days) : null,
                DueDaysAfterStart = entry.DueInDays is null ? entry.DaysAfterStart : null,
                AssignedOn = today,
                AssignedById = administrator,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await LoadProgressAsync(file.Progress, courses, organizations["PGD-HA"].Path, now, cancellationToken);
    }

    private async Task LoadProgressAsync(CourseFile.ProgressEntry progress, Dictionary<string, Course> courses, string districtPath, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = await core.Users.AsNoTracking().Where(p => p.IsActive && p.Organization!.Path.StartsWith(districtPath))
            .OrderBy(p => p.Email).Select(p => new { p.Id, p.NormalizedEmail, p.OrganizationId, p.Organization!.Path }).ToListAsync(cancellationToken);
        var explicitly = progress.People.ToDictionary(p => p.Email.ToUpperInvariant(), p => p.Courses);
        var turn = 0;
        foreach (var person in people)
        {
            var states = explicitly.TryGetValue(person.NormalizedEmail!, out var listed) ? listed
                : progress.Cycle.Count == 0 ? [] : new Dictionary<string, string> { [progress.Course] = progress.Cycle[turn++ % progress.Cycle.Count] };
            foreach (var (slug, state) in states)
            {
                await RecordAsync(person.Id, person.OrganizationId, person.Path, courses[slug], state, now, cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordAsync(Guid personId, int organizationId, string organizationPath, Course course, string state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var version = course.Versions[0];
        if (state == "in-progress" && version.Lessons.Count > 0)
        {
            db.LessonReads.Add(new LessonRead { PersonId = personId, CourseId = course.Id, LessonId = version.Lessons[0].LessonId, ReadAt = now.AddDays(-3) });
            return;
        }
        if (state is not ("passed" or "expiring" or "failed-once"))
        {
            return;
        }
        var takenAt = state == "expiring" ? now.AddMonths(-version.ValidityMonths).AddDays(30) : now.AddDays(-60);
        db.LessonReads.AddRange(version.Lessons.Select(l => new LessonRead { PersonId = personId, CourseId = course.Id, LessonId = l.LessonId, ReadAt = takenAt }));
        var passed = state != "failed-once";
        var attempt = new QuizAttempt
        {
            PersonId = personId,
            OrganizationId = organizationId,
            CourseId = course.Id,
            CourseVersionId = version.Id,
            Number = 1,
            StartedAt = takenAt,
            SubmittedAt = takenAt,
            Score = passed ? 100 : 0,
            Passed = passed,
            Questions = QuizShuffle.Deal(version.Questions, new Random(version.Id)),
        };
        var questions = version.Questions.ToDictionary(q => q.Id);
        foreach (var row in attempt.Questions)
        {
            var options = questions[row.QuestionId].Options;
            row.Selected = IdList.Format(options.Where(o => o.IsCorrect == passed).Select(o => o.Id).Take(passed ? options.Count : 1));
            row.AnsweredAt = takenAt;
        }
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        if (passed)
        {
            db.Certificates.Add(new Certificate
            {
                Serial = CertificateSerial.New(takenAt),
                PersonId = personId,
                CourseId = course.Id,
                CourseVersionId = version.Id,
                AttemptId = attempt.Id,
                OrganizationId = organizationId,
                OrganizationPath = organizationPath,
                IssuedAt = takenAt,
                ExpiresAt = Recertification.ExpiryOf(takenAt, version.ValidityMonths),
            });
        }
    }

    private static Question Question(CourseFile.QuestionEntry entry, int order)
    {
        var kind = entry.Kind switch
        {
            "multiple" => QuestionKind.MultipleChoice,
            "truefalse" => QuestionKind.TrueFalse,
            _ => QuestionKind.SingleChoice,
        };
        var options = kind == QuestionKind.TrueFalse
            ? [new() { Text = "Đúng", Correct = entry.Answer == true }, new() { Text = "Sai", Correct = entry.Answer == false }]
            : entry.Options;
        return new Question
        {
            Order = order,
            Kind = kind,
            Text = entry.Text.Trim(),
            Explanation = entry.Explanation.Trim(),
            Options = options.Select((o, i) => new QuestionOption { Order = i + 1, Text = o.Text, IsCorrect = o.Correct }).ToList(),
        };
    }

    private static PositionSet Positions(List<string> names) =>
        names.Count == 0 ? PositionSet.Everyone : names.Aggregate(PositionSet.None, (set, p) => set | PositionSets.Of(Enum.Parse<Position>(p, ignoreCase: true)));
}
