using System.Text.Json.Serialization;

namespace ChildSafety.Site.Roster;

/// <summary>A row of an uploaded roster as it was checked at upload, kept for the preview.</summary>
public sealed record UploadedRow(RosterRow Source, IReadOnlyList<string> Errors)
{
    [JsonIgnore]
    public bool IsValid => Errors.Count == 0;
}
