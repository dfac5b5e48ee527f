using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.People;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>The fields of the create and edit forms, shared by both pages through _PersonForm.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài tối đa 200 ký tự.")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(254, ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn đơn vị.")]
    public int? OrganizationId { get; set; }

    public Position Position { get; set; } = Position.Teacher;

    [Required(ErrorMessage = "Hãy nhập ngày bắt đầu công tác.")]
    public DateOnly? StartedOn { get; set; }

    public List<string> Roles { get; set; } = [Core.People.Roles.Staff];

    public PersonDraft ToDraft() =>
        new(FullName, Email, OrganizationId ?? 0, Position, StartedOn ?? default, Roles);
}
