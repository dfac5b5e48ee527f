using ChildSafety.Core.Text;
using ChildSafety.Training.Audit.Indicators;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Exports;

/// <summary>The audit pages' tables as exportable rows: the comparison of child organizations, one indicator by school, the list behind a school, the schools behind.</summary>
public sealed class AuditTables(AuditIndicators indicators, AuditBehind behind, IStringLocalizer<TrainingText> text)
{
    public const string Overview = "overview";
    public const string Indicator = "indicator";
    public const string Entries = "entries";
    public const string Behind = "behind";

    public async Task<AuditTable?> BuildAsync(string? table, string? key, AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        switch (table ?? Overview)
        {
            case Overview:
            {
                var computed = await indicators.ComputeAsync(tree, period, cancellationToken).ConfigureAwait(false);
                List<string> headings = [text["Đơn vị"]];
                foreach (var c in computed)
                {
                    headings.AddRange([$"{c.Indicator.Number}. {text["Đạt"]}", $"{c.Indicator.Number}. {text["Tổng"]}", $"{c.Indicator.Number}. %"]);
                }
                var rows = tree.Children.Select(child => (IReadOnlyList<object?>)
                    [child.Name, .. computed.SelectMany(c => Cells(c.Figures.Within(tree, child)))]).ToList();
                return new AuditTable(text["Chỉ tiêu theo đơn vị"], headings, rows);
            }
            case Indicator when indicators.Find(key) is { } indicator:
            {
                var figures = await indicators.ComputeAsync(indicator, tree, period, cancellationToken).ConfigureAwait(false);
                var rows = figures.UnitsWithin(tree, tree.Root).OrderBy(u => u.Name, StringComparer.CurrentCulture)
                    .Select(u => (IReadOnlyList<object?>)[u.Name, .. Cells(figures.Of(u))]).ToList();
                return new AuditTable(text[indicator.Title], [text["Đơn vị"], text["Đạt"], text["Tổng"], "%"], rows);
            }
            case Entries when indicators.Find(key) is { } indicator:
            {
                var entries = await indicator.EntriesAsync(tree.Root, period, cancellationToken).ConfigureAwait(false);
                var rows = entries.Select(e => (IReadOnlyList<object?>)[e.Name, e.Detail, e.Counts ? text["Đạt"] : text["Chưa đạt"],
                    e.At is { } at ? VietnamTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : ""]).ToList();
                return new AuditTable(tree.Root.Name, [text["Tên"], text["Chi tiết"], text["Kết quả"], text["Thời điểm"]], rows);
            }
            case Behind:
            {
                var schools = await behind.ForAsync(tree, period, cancellationToken).ConfigureAwait(false);
                var rows = schools.Select(s => (IReadOnlyList<object?>)[s.School.Name,
                    string.Join("; ", s.Behind.Select(b => $"{b.Indicator.Number}. {b.Figure.Numerator}/{b.Figure.Denominator}")),
                    string.Join("; ", s.Contacts.Select(c => $"{c.FullName} <{c.Email}> {c.Phone}".Trim()))]).ToList();
                return new AuditTable(text["Đơn vị chưa đạt chỉ tiêu"], [text["Đơn vị"], text["Chỉ tiêu chưa đạt"], text["Liên hệ"]], rows);
            }
            default:
                return null;
        }
    }

    private static object?[] Cells(Fraction figure) => [figure.Numerator, figure.Denominator, figure.Percent];
}
