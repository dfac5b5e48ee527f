using System.Globalization;
using ChildSafety.Training.Audit.Indicators;
using ChildSafety.Training.Audit.Trail;
using ChildSafety.Training.Printing;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;

namespace ChildSafety.Training.Audit.Reports;

/// <summary>
/// The periodic report in the layout the directives ask of a school or an office: heading, the figures against the
/// targets, the activities carried out, problems, and proposals. Problems and proposals are typed by the officer at
/// print time and not stored: the signed paper report is the record, and the figures can be printed again.
/// </summary>
public sealed class PeriodicReport(AuditIndicators indicators, AuditTrailReader trail, TimeProvider clock, IStringLocalizer<TrainingText> text)
{
    public async Task<byte[]> PrintAsync(AuditTree tree, AuditPeriod period, ReportPeriod kind, string? problems, string? proposals, CancellationToken cancellationToken)
    {
        var computed = await indicators.ComputeAsync(tree, period, cancellationToken).ConfigureAwait(false);
        var (from, to) = kind.Span(period.Year);
        var activities = await trail.CountsAsync(tree, from, to, cancellationToken).ConfigureAwait(false);
        var today = Core.Text.VietnamTime.Today(clock);

        PdfSharpSetup.EnsureReady();
        using var document = new PdfDocument();
        document.Info.Title = $"{text["Báo cáo"]} {text[kind.Title()]} {period.Year}";
        using (var flow = new PdfFlow(document))
        {
            flow.Paragraph(tree.Root.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), 10, bold: true);
            flow.Paragraph(text["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 10, bold: true, centred: true);
            flow.Paragraph(text["Độc lập - Tự do - Hạnh phúc"], 10, centred: true);
            flow.Paragraph(text["ngày {0} tháng {1} năm {2}", today.Day, today.Month, today.Year], 10, centred: true);
            flow.Space(12);
            flow.Paragraph(text["Báo cáo"].Value.ToUpper(CultureInfo.CurrentCulture), 14, bold: true, centred: true);
            flow.Paragraph(text["Kết quả thực hiện công tác phòng ngừa, hỗ trợ, can thiệp bạo lực học đường, xâm hại trẻ em"], 12, bold: true, centred: true);
            flow.Paragraph($"{text[kind.Title()]} · {text["Năm học {0}", period.Year]} · {text["từ {0} đến {1}", from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)]}", 11, centred: true);
            flow.Space(12);

            flow.Paragraph(text["I. Kết quả thực hiện các chỉ tiêu (mục tiêu 100%)"], 12, bold: true);
            foreach (var c in computed)
            {
                var figure = c.Figures.Within(tree, tree.Root);
                var share = figure.Percent is { } percent ? $"{percent}%" : text["không có đối tượng"].Value;
                flow.Paragraph($"{c.Indicator.Number}. {text[c.Indicator.Title]}: {figure.Numerator}/{figure.Denominator} ({share})", indent: 12);
            }
            foreach (var pending in indicators.Pending)
            {
                flow.Paragraph($"{pending.Number}. {text[pending.Title]}: {text["chưa có dữ liệu"]}", indent: 12);
            }

            flow.Paragraph(text["II. Các hoạt động đã thực hiện"], 12, bold: true);
            if (activities.Count == 0)
            {
                flow.Paragraph(text["Không có hoạt động nào được ghi nhận trong kỳ."], indent: 12);
            }
            foreach (var activity in activities)
            {
                flow.Paragraph($"- {text[TrailKinds.NameOf(activity.Kind)]}: {activity.Count}", indent: 12);
            }

            flow.Paragraph(text["III. Khó khăn, vướng mắc"], 12, bold: true);
            flow.Paragraph(string.IsNullOrWhiteSpace(problems) ? text["Không có."] : problems.Trim(), indent: 12);
            flow.Paragraph(text["IV. Đề xuất, kiến nghị"], 12, bold: true);
            flow.Paragraph(string.IsNullOrWhiteSpace(proposals) ? text["Không có."] : proposals.Trim(), indent: 12);
            flow.Space(18);
            flow.Paragraph(text["THỦ TRƯỞNG ĐƠN VỊ"], 11, bold: true, centred: true);
            flow.Paragraph(text["(Ký, ghi rõ họ tên và đóng dấu)"], 10, centred: true);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
