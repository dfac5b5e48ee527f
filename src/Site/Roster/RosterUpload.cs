using System.Text.Json.Serialization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// A roster between upload and confirmation, kept on disk rather than in the session or a hidden field: it may
/// hold 200,000 rows, and the uploader must not be able to alter what was checked.
/// </summary>
public sealed class RosterUpload
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string FileName { get; init; } = "";

    public List<UploadedRow> Rows { get; set; } = [];

    /// <summary>Set once the roster has been imported; the rows are dropped then and only the counts remain.</summary>
    public int? ImportedCount { get; set; }

    public int SkippedCount { get; set; }

    [JsonIgnore]
    public int ValidCount => Rows.Count(r => r.IsValid);

    [JsonIgnore]
    public int ErrorCount => Rows.Count(r => !r.IsValid);

    [JsonIgnore]
    public bool IsImported => ImportedCount.HasValue;
}
