using System.Text.Json.Serialization;

namespace ChildSafety.Site.Roster;

/// <summary>A row of an uploaded roster as it was last checked, kept for the preview and the confirmation.</summary>
public sealed record UploadedRow(RosterRow Source, IReadOnlyList<string> Errors)
{
    [JsonIgnore]
    public bool IsValid => Errors.Count == 0;
}
