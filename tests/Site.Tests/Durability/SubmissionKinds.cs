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

    private static async Task<bool> PostAsync(SiteClient client, string action, IEnumerable<KeyValuePair<string, string>> fields, Func<HttpResponseMessage, string, bool> succeeded)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.Raw.PostAsync(new Uri(action, UriKind.Relative), content);
        return succeeded(response, await response.Content.ReadAsStringAsync());
    }
}
