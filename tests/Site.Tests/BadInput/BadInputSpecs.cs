using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ChildSafety.Site.Tests.BadInput;

/// <summary>
/// Every form an administrator can reach, posted with every value of <see cref="BadValue.Corpus"/> in every field,
/// and the request-level attacks (oversized, malformed, lying files, invalid UTF-8): never a server error, never the
/// script echoed unencoded, and nothing stored from what no form may accept.
/// </summary>
public sealed class BadInputSpecs(SqliteSite server) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Every_form_survives_the_corpus()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var forms = await FormDiscovery.FindAsync(server, administrator);
        var failures = new List<string>();

        foreach (var (endpoint, form) in forms)
        {
            foreach (var bad in BadValue.Corpus)
            {
                var before = bad.MustChangeNothing ? await FingerprintAsync() : null;
                foreach (var action in (IEnumerable<string>)[form.Action, .. form.AlternateActions])
                {
                    var answer = await administrator.PostWithoutTokenAsync(action, form.Data(_ => bad.Value));
                    if ((int)answer.Status >= 500)
                    {
                        failures.Add($"{bad} → POST {action}: {(int)answer.Status}");
                    }
                    if (answer.Html.Contains("<script>alert('xss')", StringComparison.Ordinal))
                    {
                        failures.Add($"{bad} → POST {action}: the script came back unencoded");
                    }
                }
                if (before is not null && !before.SequenceEqual(await FingerprintAsync()))
                {
                    failures.Add($"{bad} → {endpoint}: the database changed");
                }
            }
        }

        Assert.True(forms.Count >= 10, $"Only {forms.Count} forms found: {string.Join(", ", forms.Select(f => f.Form.Action))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_name_typed_in_NFD_is_stored_in_NFC_and_found_either_way()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var decomposed = "Nguye\u0302\u0303n Thi\u0323 Ha\u0300 " + Guid.NewGuid().ToString("N")[..6];
        var composed = decomposed.Normalize(NormalizationForm.FormC);
        var email = $"nfd-{Guid.NewGuid():N}"[..16] + "@test.edu.vn";

        await administrator.SubmitAsync("/admin/people/create",
            ("Form.FullName", decomposed), ("Form.Email", email), ("Form.OrganizationId", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Position", "Teacher"), ("Form.StartedOn", "2024-09-01"), ("Form.Roles", "Staff"));
        var byComposed = await administrator.GetAsync("/admin/people?q=" + Uri.EscapeDataString(composed));
        var byDecomposed = await administrator.GetAsync("/admin/people?q=" + Uri.EscapeDataString(decomposed));

        Assert.NotEqual(decomposed, composed);
        Assert.Contains(composed, byComposed.Text, StringComparison.Ordinal);
        Assert.Contains(composed, byDecomposed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(decomposed, byComposed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_form_value_is_refused_without_a_server_error()
    {
        using var client = server.CreateClient();
        var login = await client.GetAsync("/account/login");
        var before = await FingerprintAsync();

        var answer = await client.PostAsync("/account/login", login.AntiforgeryToken(),
            [new("Email", new string('a', 5 * 1024 * 1024)), new("Password", "x")]);

        Assert.True(answer.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)answer.Status}");
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Malformed_multipart_and_invalid_utf8_bodies_get_a_4xx()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var import = await administrator.GetAsync("/admin/people/import");
        var before = await FingerprintAsync();

        using var multipart = new ByteArrayContent(Encoding.ASCII.GetBytes(
            $"--b0undary\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{import.AntiforgeryToken()}\r\n--b0undary\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"a.csv\"\r\n\r\nHọ và tên;E-mail\r\n--b0und"));
        multipart.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b0undary");
        using var malformed = await administrator.Raw.PostAsync(new Uri("/admin/people/import", UriKind.Relative), multipart);

        using var utf8 = new ByteArrayContent([.. Encoding.ASCII.GetBytes("Email="), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("&Password=x&__RequestVerificationToken=" + Uri.EscapeDataString(import.AntiforgeryToken()))]);
        utf8.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        using var invalid = await administrator.Raw.PostAsync(new Uri("/admin/people/create", UriKind.Relative), utf8);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((int)invalid.StatusCode is >= 200 and < 500, $"{(int)invalid.StatusCode}");
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [InlineData("nhan-su.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("nhan-su.csv", "text/csv")]
    public async Task A_file_lying_about_its_type_is_refused_with_a_message(string name, string contentType)
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var import = await administrator.GetAsync("/admin/people/import");
        var before = await FingerprintAsync();
        // A Windows executable's header, then a PNG's, then binary noise: neither a workbook nor text.
        byte[] lie = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))];

        using var form = new MultipartFormDataContent
        {
            { new StringContent(import.AntiforgeryToken()), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(lie);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "Upload", name);
        using var answer = await administrator.Raw.PostAsync(new Uri("/admin/people/import", UriKind.Relative), form);
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());

        Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}");
        Assert.Contains("notice--error", html, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_name_that_is_a_formula_is_exported_as_text()
    {
        const string formula = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
        await new PersonBuilder(server).Named(formula).CreateAsync();
        var samples = await Security.ScopeSamples.LoadAsync(server);
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);

        using var export = await administrator.Raw.GetAsync(new Uri($"/admin/conduct/report/{samples.ConductVersionIn}?handler=Export", UriKind.Relative));
        var csv = await export.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|[,\n])=HYPERLINK", csv);
    }

    private Task<IReadOnlyDictionary<string, string>> FingerprintAsync() =>
        DatabaseFingerprint.OfAsync(server.Engine, server.ConnectionString);
}
