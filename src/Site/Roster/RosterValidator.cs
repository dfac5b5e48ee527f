using ChildSafety.Core.People;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Checks every row of a roster against the rules of <see cref="PeopleDirectory"/> and against the rest of the
/// file, collecting every problem of a row (not just the first) so that one round of corrections is enough.
/// Messages name the row and the column, in the user's language.
/// </summary>
public sealed class RosterValidator(IStringLocalizer<SiteText> text)
{
    private const int MaxNameLength = 200;
    private const int EarliestStartYear = 1950;
    private const int RowsListedPerDuplicate = 5;

    /// <summary>Checks one row; <see cref="RosterReferenceData.Roster"/> tells it about the rest of the file.</summary>
    public CheckedRow Check(RosterRow row, RosterReferenceData data)
    {
        var errors = new List<string>();
        var n = row.Row;

        if (row.FullName.Length == 0)
        {
            errors.Add(text["Dòng {0}, cột Họ và tên: chưa có họ và tên.", n]);
        }
        else if (row.FullName.Length > MaxNameLength)
        {
            errors.Add(text["Dòng {0}, cột Họ và tên: dài hơn {1} ký tự.", n, MaxNameLength]);
        }

        var email = EmailAddress.Normalize(row.Email);
        if (email.Length == 0)
        {
            errors.Add(text["Dòng {0}, cột Email: chưa có địa chỉ e-mail.", n]);
        }
        else if (!EmailAddress.IsValid(email))
        {
            errors.Add(text["Dòng {0}, cột Email: “{1}” không phải địa chỉ e-mail hợp lệ.", n, row.Email]);
        }
        else if (data.TakenEmails.Contains(email))
        {
            errors.Add(text["Dòng {0}, cột Email: {1} đã được dùng cho một tài khoản khác.", n, email]);
        }
        var sameEmail = data.Roster.RowsRepeating(email);
        if (sameEmail.Count > 1)
        {
            var others = sameEmail.Where(r => r != n).Take(RowsListedPerDuplicate).ToList();
            var more = sameEmail.Count - 1 > others.Count ? "…" : "";
            errors.Add(text["Dòng {0}, cột Email: {1} bị lặp lại ở dòng {2}{3}.", n, email, string.Join(", ", others), more]);
        }

        var organization = CheckOrganization(row, data, errors);
        var position = CheckPosition(row, errors);
        var roles = CheckRoles(row, data, errors);
        var startedOn = CheckStartedOn(row, data, errors);

        var draft = errors.Count == 0
            ? new PersonDraft(row.FullName, email, organization!.Id, position, startedOn, roles)
            : null;
        return new CheckedRow(row, draft, errors);
    }

    private RosterOrganization? CheckOrganization(RosterRow row, RosterReferenceData data, List<string> errors)
    {
        if (row.OrganizationCode.Length == 0)
        {
            errors.Add(text["Dòng {0}, cột Mã đơn vị: chưa có mã đơn vị.", row.Row]);
            return null;
        }
        if (!data.OrganizationsByCode.TryGetValue(row.OrganizationCode, out var organization))
        {
            errors.Add(text["Dòng {0}, cột Mã đơn vị: không có đơn vị nào mã “{1}”.", row.Row, row.OrganizationCode]);
            return null;
        }
        if (!data.Caller.Contains(organization.Path))
        {
            errors.Add(text["Dòng {0}, cột Mã đơn vị: đơn vị {1} nằm ngoài phạm vi quản lý của bạn.", row.Row, organization.Code]);
            return null;
        }
        if (!organization.IsActive)
        {
            errors.Add(text["Dòng {0}, cột Mã đơn vị: đơn vị {1} ({2}) đã ngừng hoạt động.", row.Row, organization.Code, organization.Name]);
            return null;
        }
        return organization;
    }

    private Position CheckPosition(RosterRow row, List<string> errors)
    {
        if (row.Position.Length == 0)
        {
            errors.Add(text["Dòng {0}, cột Chức vụ: chưa có chức vụ.", row.Row]);
        }
        else if (!RosterPositions.TryParse(row.Position, out var position))
        {
            errors.Add(text["Dòng {0}, cột Chức vụ: “{1}” không phải chức vụ; hãy ghi cán bộ quản lý, giáo viên hoặc nhân viên.", row.Row, row.Position]);
        }
        else
        {
            return position;
        }
        return Position.Staff;
    }

    private List<string> CheckRoles(RosterRow row, RosterReferenceData data, List<string> errors)
    {
        var (roles, unknown) = RosterRoles.Parse(row.Roles);
        if (unknown.Count > 0)
        {
            errors.Add(text["Dòng {0}, cột Vai trò: không có vai trò “{1}”.", row.Row, string.Join(", ", unknown)]);
        }
        var forbidden = roles.Where(r => !data.Caller.AssignableRoles.Contains(r)).ToList();
        if (forbidden.Count > 0)
        {
            errors.Add(text["Dòng {0}, cột Vai trò: bạn không có quyền giao vai trò {1}.", row.Row, string.Join(", ", forbidden)]);
        }
        // A person with no role could not sign in to anything; the default is the Staff role.
        return roles.Count > 0 ? [.. roles] : [Roles.Staff];
    }

    private DateOnly CheckStartedOn(RosterRow row, RosterReferenceData data, List<string> errors)
    {
        if (row.StartedOn.Length == 0)
        {
            return data.Today;
        }
        if (!RosterDate.TryParse(row.StartedOn, out var date))
        {
            errors.Add(text["Dòng {0}, cột Ngày bắt đầu: “{1}” không phải ngày hợp lệ; hãy ghi dạng ngày/tháng/năm, ví dụ 05/09/2024.", row.Row, row.StartedOn]);
            return data.Today;
        }
        if (date.Year < EarliestStartYear || date > data.Today.AddYears(1))
        {
            errors.Add(text["Dòng {0}, cột Ngày bắt đầu: ngày {1:dd/MM/yyyy} không hợp lý.", row.Row, date]);
        }
        return date;
    }
}
