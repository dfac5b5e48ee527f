using System.Text;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Site.Roster;

namespace ChildSafety.Site.Tests.Roster;

public class RosterReaderTests
{
    private const string Name = "Nguyễn Thị Hương";
    private const string SecondName = "Trần Đức Trường";

    private static readonly RosterReader Reader = TestText.Reader();

    private static RosterReadResult Read(byte[] content) => Reader.Read(SheetSource.OfBytes(content), CancellationToken.None);

    private static string VietnameseRoster(char delimiter = ',') => RosterFiles.Lines(
        RosterFiles.Header.Replace(',', delimiter),
        string.Join(delimiter, Name, "huong@truong.edu.vn", "THCS-A", "Giáo viên", "Staff", "05/09/2024"),
        string.Join(delimiter, SecondName, "truong@truong.edu.vn", "THCS-A", "Cán bộ quản lý", "", ""));

    private static void AssertVietnameseRows(RosterReadResult result)
    {
        Assert.True(result.Outcome.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        var rows = result.Rows.ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(Name, first.FullName);
        Assert.True(first.FullName.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("huong@truong.edu.vn", first.Email);
        Assert.Equal("THCS-A", first.OrganizationCode);
        Assert.Equal("Giáo viên", first.Position);
        Assert.Equal("05/09/2024", first.StartedOn);
        Assert.Equal(2, first.Row);
        Assert.Equal(SecondName, rows[1].FullName);
        Assert.Equal("Cán bộ quản lý", rows[1].Position);
        Assert.Equal(3, rows[1].Row);
    }

    [Fact]
    public void Reads_utf8_without_a_byte_order_mark() =>
        AssertVietnameseRows(Read(RosterFiles.Utf8(VietnameseRoster())));

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_as_Excel_saves_CSV_UTF8() =>
        AssertVietnameseRows(Read(RosterFiles.Utf8(VietnameseRoster(), bom: true)));

    [Fact]
    public void Reads_Excel_unicode_text_which_is_tab_separated_utf16_little_endian() =>
        AssertVietnameseRows(Read(RosterFiles.Utf16(VietnameseRoster('\t'))));

    [Fact]
    public void Reads_utf16_big_endian() =>
        AssertVietnameseRows(Read(RosterFiles.Utf16(VietnameseRoster('\t'), bigEndian: true)));

    [Fact]
    public void Reads_windows_1258_and_composes_its_separate_tone_marks()
    {
        var bytes = RosterFiles.Windows1258(VietnameseRoster());

        Assert.Contains((byte)0xDE, bytes); // the combining tilde of "ễ": the file really is decomposed
        AssertVietnameseRows(Read(bytes));
    }

    [Fact]
    public void Reads_a_semicolon_separated_file() =>
        AssertVietnameseRows(Read(RosterFiles.Utf8(VietnameseRoster(';'))));

    [Fact]
    public void Honours_the_sep_line_Excel_writes()
    {
        var result = Read(RosterFiles.Utf8("sep=;\r\n" + VietnameseRoster(';')));

        Assert.True(result.Outcome.Succeeded);
        Assert.Equal(Name, result.Rows.First().FullName);
        Assert.Equal(2, result.Rows.First().Row);
    }

    [Fact]
    public void Decomposed_text_in_a_utf8_file_is_composed()
    {
        var decomposed = VietnameseRoster().Normalize(NormalizationForm.FormD);

        AssertVietnameseRows(Read(RosterFiles.Utf8(decomposed)));
    }

    [Fact]
    public void Matches_headings_without_accents_in_any_case_and_order_and_English_aliases()
    {
        var result = Read(RosterFiles.Utf8(RosterFiles.Lines(
            "POSITION,ho va ten,Ghi chú,E-MAIL,Organization code",
            "giao vien,Lê Văn An,,an@truong.edu.vn,THCS-A")));

        Assert.True(result.Outcome.Succeeded);
        var row = Assert.Single(result.Rows);
        Assert.Equal("Lê Văn An", row.FullName);
        Assert.Equal("an@truong.edu.vn", row.Email);
        Assert.Equal("THCS-A", row.OrganizationCode);
        Assert.Equal("giao vien", row.Position);
        Assert.Equal("", row.Roles);
    }

    [Fact]
    public void Missing_required_columns_give_one_message_naming_them_and_no_rows()
    {
        var result = Read(RosterFiles.Utf8(RosterFiles.Lines("Họ và tên,Mã đơn vị", "Lê Văn An,THCS-A")));

        var error = Assert.Single(result.Outcome.Errors).Value;
        Assert.Contains("Email", error, StringComparison.Ordinal);
        Assert.Contains("Chức vụ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Họ và tên", error, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_row_numbers_stay_those_of_the_spreadsheet()
    {
        var result = Read(RosterFiles.Utf8(RosterFiles.Lines(
            RosterFiles.Header, "", "Lê Văn An,an@truong.edu.vn,THCS-A,Giáo viên,,", ",,,,,")));

        var row = Assert.Single(result.Rows);
        Assert.Equal(3, row.Row);
    }

    [Fact]
    public void Reads_the_first_sheet_of_a_workbook_with_a_date_cell()
    {
        var content = RosterFiles.Xlsx(
        [
            new Dictionary<string, object>
            {
                ["Họ và tên"] = Name,
                ["Email"] = "huong@truong.edu.vn",
                ["Mã đơn vị"] = "THCS-A",
                ["Chức vụ"] = "Giáo viên",
                ["Vai trò"] = "Staff, SchoolAdmin",
                ["Ngày bắt đầu"] = new DateTime(2024, 9, 5),
            },
        ]);

        var result = Read(content);

        Assert.True(result.Outcome.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        var row = Assert.Single(result.Rows);
        Assert.Equal(Name, row.FullName);
        Assert.Equal("Staff, SchoolAdmin", row.Roles);
        Assert.True(RosterDate.TryParse(row.StartedOn, out var started));
        Assert.Equal(new DateOnly(2024, 9, 5), started);
        Assert.Equal(2, row.Row);
    }

    [Fact]
    public void The_templates_read_back_as_one_valid_looking_row()
    {
        foreach (var template in new[] { RosterTemplate.Csv(), RosterTemplate.Xlsx() })
        {
            var result = Read(template);

            Assert.True(result.Outcome.Succeeded);
            var row = Assert.Single(result.Rows);
            Assert.Equal("Nguyễn Thị Hương", row.FullName);
            Assert.Equal("05/09/2024", row.StartedOn);
        }
    }

    [Fact]
    public void Exported_error_rows_read_back_as_they_were_with_the_message_column_ignored()
    {
        var row = new RosterRow(2, "Lê \"Bé\" An", "an@truong", "THCS-A", "giáo viên", "Staff, Editor", "");
        var exported = RosterCsv.Write([[.. RosterCsv.Cells(row), "Dòng 2, cột Email: lỗi"]], "Lỗi");

        var result = Read(exported);

        Assert.Equal(row, Assert.Single(result.Rows));
    }

    [Fact]
    public void An_empty_file_is_refused_with_a_message() =>
        Assert.Equal("Tệp trống.", Assert.Single(Read([]).Outcome.Errors).Value);

    [Fact]
    public void A_file_with_only_headings_is_refused_with_a_message() =>
        Assert.False(Read(RosterFiles.Utf8(RosterFiles.Lines(RosterFiles.Header))).Outcome.Succeeded);

    [Fact]
    public void A_file_that_is_neither_text_nor_a_workbook_is_refused_whatever_its_name()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var result = Read(png);

        Assert.Contains("không phải CSV hay Excel", Assert.Single(result.Outcome.Errors).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused_with_a_message()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        var result = Read(stream.ToArray());

        Assert.Contains("Không đọc được tệp Excel", Assert.Single(result.Outcome.Errors).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_workbook_is_refused_with_advice()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00];

        Assert.Contains(".xls", Assert.Single(Read(xls).Outcome.Errors).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void More_rows_than_the_cap_stop_the_reading_with_a_message()
    {
        var result = Read(RosterFiles.Utf8(RosterFiles.Generated(RosterLimits.MaxRows + 1, "THCS-A")));

        Assert.Equal(RosterLimits.MaxRows, result.Rows.Count());
        Assert.Contains("Tệp có hơn", Assert.Single(result.Reading.Errors).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_are_read_from_the_file_as_they_are_enumerated_never_collected()
    {
        var content = RosterFiles.Utf8(RosterFiles.Generated(50_000, "THCS-A"));
        MemoryStream? opened = null;
        var result = Reader.Read(new SheetSource(content.Length, () => opened = new MemoryStream(content, writable: false)), CancellationToken.None);

        using var rows = result.Rows.GetEnumerator();
        Assert.True(rows.MoveNext());

        Assert.Equal(2, rows.Current.Row);
        Assert.InRange(opened!.Position, 1, content.Length / 20);
    }
}
