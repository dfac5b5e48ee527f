using System.Text.RegularExpressions;

namespace ChildSafety.Site.Tests;

/// <summary>
/// A school hands out signing links for a class and a parent signs the year's commitment through one, without an
/// account; a link signs once.
/// </summary>
public abstract partial class FamilyCommitmentSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_parent_signs_through_the_link_once_and_the_class_count_shows_it()
    {
        var className = "9" + (char)('A' + Random.Shared.Next(20));
        using var school = server.CreateClient();
        await school.SignInAsync(DemoAccounts.SchoolAdmin);
        var commitments = await school.GetAsync("/admin/commitments");

        var issued = await school.PostAsync("/admin/commitments?handler=Invite", commitments.AntiforgeryToken(),
            [new("Year", commitments.InputValue("Year")), new("ClassName", className), new("Pupils", "Nguyễn Minh An\nTrần Bảo Ngọc")]);
        var tokens = CommitmentLink().Matches(issued.Html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(2, tokens.Count);

        using var parent = server.CreateClient();
        var form = await parent.GetAsync($"/commitment/{tokens[0]}");
        Assert.True(form.Shows("Nguyễn Minh An"));
        var unticked = await parent.PostAsync($"/commitment/{tokens[0]}", form.AntiforgeryToken(), [new("SignerName", "Nguyễn Văn Bình")]);
        Assert.False(unticked.Shows("Cảm ơn gia đình đã ký"));
        Assert.Contains("notice--error", unticked.Html, StringComparison.Ordinal);

        var signed = await parent.PostAsync($"/commitment/{tokens[0]}", form.AntiforgeryToken(), [new("SignerName", "Nguyễn Văn Bình"), new("Agree", "true")]);
        Assert.True(signed.Shows("Cảm ơn gia đình đã ký bản cam kết."));
        var again = await parent.PostAsync($"/commitment/{tokens[0]}", form.AntiforgeryToken(), [new("SignerName", "Người khác"), new("Agree", "true")]);
        Assert.True(again.Shows("Bản cam kết này đã được ký."));

        var counts = await school.GetAsync("/admin/commitments");
        var row = Regex.Match(counts.Html, $@">{className}</a></td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>");
        Assert.True(row.Success, counts.Text);
        Assert.Equal(("2", "1"), (row.Groups[1].Value, row.Groups[2].Value));
    }

    [EngineFact]
    public async Task An_unknown_link_shows_a_clear_page_and_signs_nothing()
    {
        using var parent = server.CreateClient();

        var page = await parent.GetAsync("/commitment/khong-co-lien-ket-nay");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("name=\"SignerName\"", page.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("/commitment/([A-Za-z0-9_-]{16,})")]
    private static partial Regex CommitmentLink();
}

public sealed class FamilyCommitmentOnSqlite(SqliteSite server) : FamilyCommitmentSpecs(server), IClassFixture<SqliteSite>;

public sealed class FamilyCommitmentOnPostgres(PostgresSite server) : FamilyCommitmentSpecs(server), IClassFixture<PostgresSite>;
