namespace ChildSafety.Core.Spreadsheets;

/// <summary>One non-blank row of an uploaded sheet: its number as a spreadsheet shows it, and its cleaned cells.</summary>
public sealed record SheetRecord(int Row, IReadOnlyList<string> Cells);
