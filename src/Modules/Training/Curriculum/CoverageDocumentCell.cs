using System.Text.Json.Serialization;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// A grade of a topic: for a school its <see cref="Status"/> (none, planned, taught); for an office the number of
/// its schools teaching the grade and how many of them planned and taught the topic.
/// </summary>
public sealed record CoverageDocumentCell(
    string Grade,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Schools,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Planned,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Taught);
