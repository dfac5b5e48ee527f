using System.Text.Json.Serialization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// A roster between upload and confirmation, kept on disk rather than in the session or a hidden field: it may
/// hold 200,000 rows, and the uploader must not be able to alter what was checked. This is what is known about it;
/// its rows are read from <see cref="RosterUploadStore"/> a page or a batch at a time.
/// </summary>
public sealed class RosterUpload
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string FileName { get; init; } = "";

    /// <summary>Rows that passed the last check.</summary>
    public int ValidCount { get; set; }

    /// <summary>Rows the last check found errors in.</summary>
    public int ErrorCount { get; set; }

    /// <summary>Set once the roster has been imported; the rows are dropped then and only the counts remain.</summary>
    public int? ImportedCount { get; set; }

    public int SkippedCount { get; set; }

    [JsonIgnore]
    public int RowCount => ValidCount + ErrorCount;

    [JsonIgnore]
    public bool IsImported => ImportedCount.HasValue;
}
