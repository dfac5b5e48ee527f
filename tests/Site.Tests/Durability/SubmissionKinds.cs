using System.Globalization;
using System.Net;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Durability;

/// <summary>
/// The kinds of writes the kill test bursts. A new kind is a method here that prepares <c>count</c> submitters on
/// the running in-process site, plus its line in <see cref="All"/>.
/// </summary>
public static class SubmissionKinds
{
    public static readonly IReadOnlyList<Func<SiteServer, int, Task<IReadOnlyList<Submitter>>>> All =
    [
        ConductAcknowledgmentsAsync,
        FamilyCommitmentSignaturesAsync,
        QuizAnswersAsync,
        QuizSubmissionsAsync,
    ];

    /// <summary>New teachers of the demo school accepting its code of conduct.</summary>
    public static async Task<IReadOnlyList<Submitter>> ConductAcknowledgmentsAsync(SiteServer server, int count)
    {
        var submitters = new List<Submitter>();
        for (var i = 0; i < count; i++)
        {
            var person = await new PersonBuilder(server).CreateAsync();
            submitters.Add(new Submitter(
                $"acknowledgment by {person.Email}",
                async client =>
                {
                    await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
                    var form = HtmlForm.PostFormsOf(await client.GetAsync("/conduct")).Single();
                    return () => PostAsync(client, form.Action, [.. form.Data(), new("Accept", "true")], (response, _) => response.StatusCode == HttpStatusCode.Redirect);
                },
                async services =>
                {
                    await using var scope = services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Acknowledgments
                        .AnyAsync(a => a.PersonId == person.Id && a.Decision == AcknowledgmentDecision.Accepted);
                }));
        }
        return submitters;
    }

    /// <summary>Parents signing the demo school's family commitment through their one-time links.</summary>
    public static async Task<IReadOnlyList<Submitter>> FamilyCommitmentSignaturesAsync(SiteServer server, int count)
    {
        var caller = await server.ScopeOfAsync(DemoAccounts.SchoolAdmin);
        IReadOnlyList<IssuedLink> links;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var commitments = scope.ServiceProvider.GetRequiredService<FamilyCommitments>();
            const string year = "2031-2032";
            if (await commitments.ForAsync(caller.OrganizationId, year, CancellationToken.None) is null)
            {
                await commitments.PublishAsync(caller, year, "Cam kết phối hợp", "Gia đình cùng nhà trường bảo vệ trẻ.", CancellationToken.None);
            }
            var commitment = await commitments.ForAsync(caller.OrganizationId, year, CancellationToken.None);
            var pupils = string.Join('\n', Enumerable.Range(1, count).Select(n => $"Học sinh {Guid.NewGuid():N}"[..20]));
            (_, links) = await commitments.InviteAsync(caller, commitment!.Id, "6A", pupils, CancellationToken.None);
        }
        return [.. links.Select(link => new Submitter(
            $"signature for invitation {link.InvitationId}",
            async client =>
            {
                var form = HtmlForm.PostFormsOf(await client.GetAsync($"/commitment/{link.Token}")).Single();
                return () => PostAsync(client, form.Action, [.. form.Data(_ => "Trần Thị Phụ Huynh"), new("Agree", "true")],
                    (response, html) => response.StatusCode == HttpStatusCode.OK && !html.Contains("name=\"SignerName\"", StringComparison.Ordinal));
            },
            async services =>
            {
                await using var scope = services.CreateAsyncScope();
                var invitation = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().CommitmentInvitations.FindAsync(link.InvitationId);
                return invitation?.SignedAt is not null;
            }))];
    }

    /// <summary>New teachers saving the answer to the first question of an attempt they have just started.</summary>
    public static async Task<IReadOnlyList<Submitter>> QuizAnswersAsync(SiteServer server, int count)
    {
        var submitters = new List<Submitter>();
        for (var i = 0; i < count; i++)
        {
            var attempt = await OpenAttempt.StartAsync(server);
            var (questionId, right) = attempt.Questions[0];
            submitters.Add(new Submitter(
                $"answer to question {questionId} of attempt {attempt.AttemptId}",
                async client =>
                {
                    var form = await AttemptFormAsync(client, attempt);
                    return () => PostAsync(client, form.Action,
                        [.. form.Data(), new("go", "next"), .. right.Select(o => KeyValuePair.Create("selected", o.ToString(CultureInfo.InvariantCulture)))],
                        (response, _) => response.StatusCode == HttpStatusCode.Redirect);
                },
                async services =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var row = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().AttemptQuestions.AsNoTracking()
                        .SingleAsync(q => q.AttemptId == attempt.AttemptId && q.QuestionId == questionId);
                    return row.SelectedIds.Order().SequenceEqual(right.Order());
                }));
        }
        return submitters;
    }

    /// <summary>New teachers submitting an attempt answered all right, which passes and earns a certificate.</summary>
    public static async Task<IReadOnlyList<Submitter>> QuizSubmissionsAsync(SiteServer server, int count)
    {
        var submitters = new List<Submitter>();
        for (var i = 0; i < count; i++)
        {
            var attempt = await OpenAttempt.StartAsync(server);
            await attempt.AnswerAllRightAsync(server);
            var result = $"/training/attempts/{attempt.AttemptId}/result";
            submitters.Add(new Submitter(
                $"submission of attempt {attempt.AttemptId}",
                async client =>
                {
                    var form = await AttemptFormAsync(client, attempt);
                    return () => PostAsync(client, form.Action, form.Data(),
                        (response, _) => response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == result);
                },
                async services =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
                    var stored = await db.QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.AttemptId);
                    var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.AttemptId == attempt.AttemptId);
                    return stored is { SubmittedAt: not null, Score: 100, Passed: true } && certificate is not null && certificate.ExpiresAt > certificate.IssuedAt;
                }));
        }
        return submitters;
    }

    /// <summary>Signs in and opens the attempt: the form of its next unanswered question, or the submit form.</summary>
    private static async Task<HtmlForm> AttemptFormAsync(SiteClient client, OpenAttempt attempt)
    {
        await client.SignInAsync(attempt.Email, PersonBuilder.DefaultPassword);
        return HtmlForm.PostFormsOf(await client.GetAsync($"/training/attempts/{attempt.AttemptId}")).Single();
    }

    private static async Task<bool> PostAsync(SiteClient client, string action, IEnumerable<KeyValuePair<string, string>> fields, Func<HttpResponseMessage, string, bool> succeeded)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.Raw.PostAsync(new Uri(action, UriKind.Relative), content);
        return succeeded(response, await response.Content.ReadAsStringAsync());
    }
}
