using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChildSafety.Core.Privacy;

/// <summary>Everything every module holds about a person, as one JSON document they can download.</summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalData> sections, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Vietnamese names stay readable in the file; it is a download, never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var document = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["exportedAt"] = clock.GetUtcNow() };
        foreach (var section in sections)
        {
            document[section.Section] = await section.ExportAsync(personId, cancellationToken).ConfigureAwait(false);
        }
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
