using System.Globalization;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// Reads an integration plan from the template (CSV or XLSX) and checks every row with the form's rules. Rows are
/// written only when all of them pass (<see cref="CurriculumPlans.ImportAsync"/>): a plan is never half imported.
/// </summary>
public sealed class PlanImport(SheetReader sheets, EntryRules rules, TopicCatalog topics, CurriculumPlaces places, IStringLocalizer<TrainingText> text)
{
    public const long MaxFileBytes = 5L * 1024 * 1024;

    public const int MaxRows = 2000;

    public (Outcome Outcome, IReadOnlyList<PlanLine> Lines) Read(byte[] content, CancellationToken cancellationToken)
    {
        // A plan is small (MaxFileBytes) and its lines go back to the page whole, so it is read from memory.
        var sheet = sheets.Read(SheetSource.OfBytes(content), MaxFileBytes, MaxRows, cancellationToken);
        if (!sheet.Outcome.Succeeded)
        {
            return (sheet.Outcome, []);
        }
        var (map, missing) = HeaderRow.Find(sheet.Header!.Cells, PlanHeadings.Aliases, PlanHeadings.Required);
        if (map is null)
        {
            return (Outcome.Fail("", text["Tệp thiếu cột: {0}. Dòng đầu tiên phải là tiêu đề cột như trong tệp mẫu.",
                string.Join(", ", missing.Select(c => text[PlanHeadings.Heading(c)].Value))]), []);
        }
        var rows = sheet.Rows!;
        if (rows.IsEmpty)
        {
            return (Outcome.Fail("", text["Tệp chỉ có dòng tiêu đề, không có bài nào để nhập."]), []);
        }
        var lines = rows.Select(r => new PlanLine(r.Row, [.. PlanHeadings.All.Select(c => map.Cell(r.Cells, c))])).ToList();
        return rows.Outcome.Succeeded ? (Outcome.Success, lines) : (rows.Outcome, []);
    }

    public async Task<IReadOnlyList<CheckedPlanLine>> CheckAsync(CurriculumPlace place, IReadOnlyList<PlanLine> lines, CancellationToken cancellationToken)
    {
        var staff = await places.StaffOfAsync(place.Organization.Id, cancellationToken).ConfigureAwait(false);
        var byEmail = staff.Where(p => p.Email.Length > 0).ToDictionary(p => p.Email, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var staffIds = staff.Select(p => p.Id).ToHashSet();
        return [.. lines.Select(line => Check(line, place.Grades, byEmail, staffIds))];
    }

    private CheckedPlanLine Check(PlanLine line, IReadOnlyList<int> grades, Dictionary<string, Guid> byEmail, HashSet<Guid> staff)
    {
        var errors = new List<string>();
        var gradeText = line[PlanColumn.Grade];
        if (!Grades.TryParse(gradeText, out var grade))
        {
            errors.Add(text["Khối lớp “{0}” không hợp lệ: ghi số lớp 1–12, hoặc NT, MGB, MGN, MGL cho mầm non.", gradeText]);
        }
        var periods = 1;
        if (line[PlanColumn.Periods] is { Length: > 0 } periodsText && !int.TryParse(periodsText, NumberStyles.None, CultureInfo.InvariantCulture, out periods))
        {
            errors.Add(text["Số tiết “{0}” không phải là số.", periodsText]);
        }
        var term = ParseTerm(line[PlanColumn.Term]);
        if (term is null)
        {
            errors.Add(text["Học kỳ “{0}” không hợp lệ: ghi 1 hoặc 2.", line[PlanColumn.Term]]);
        }
        var status = ParseStatus(line[PlanColumn.Status]);
        if (status is null)
        {
            errors.Add(text["Trạng thái “{0}” không hợp lệ: ghi “Kế hoạch” hoặc “Đã dạy”.", line[PlanColumn.Status]]);
        }
        Guid? teacher = null;
        if (line[PlanColumn.TeacherEmail] is { Length: > 0 } email)
        {
            if (byEmail.TryGetValue(email, out var id))
            {
                teacher = id;
            }
            else
            {
                errors.Add(text["Trường không có ai với email {0}.", email]);
            }
        }
        if (errors.Count > 0)
        {
            return new CheckedPlanLine(line, null, errors);
        }
        var input = new EntryInput(grade, line[PlanColumn.Subject], TopicCode(line[PlanColumn.Topic]), line[PlanColumn.Lesson],
            periods, term!.Value, status!.Value, teacher, line[PlanColumn.EvidenceUrl]);
        var (entry, outcome) = rules.Check(input, grades, staff);
        return new CheckedPlanLine(line, entry, [.. outcome.Errors.Select(e => e.Value)]);
    }

    /// <summary>A topic's code, or its name in either language typed with or without accents.</summary>
    private string TopicCode(string cell)
    {
        var key = TextKey.Of(cell);
        return topics.All.FirstOrDefault(t => t.Code == cell.Trim() || TextKey.Of(t.Name) == key || TextKey.Of(t.NameEn) == key)?.Code ?? cell.Trim();
    }

    private static int? ParseTerm(string cell) => TextKey.Of(cell) switch
    {
        "1" or "hk1" or "hki" or "i" or "hocky1" or "hockyi" or "term1" => 1,
        "2" or "hk2" or "hkii" or "ii" or "hocky2" or "hockyii" or "term2" => 2,
        _ => null,
    };

    private static EntryStatus? ParseStatus(string cell) => TextKey.Of(cell) switch
    {
        "" or "kehoach" or "dukien" or "planned" => EntryStatus.Planned,
        "daday" or "dathuchien" or "taught" or "done" => EntryStatus.Taught,
        _ => null,
    };
}
