using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.Organizations;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>The fields of the create and edit forms.</summary>
public sealed class OrganizationForm
{
    [Required(ErrorMessage = "Hãy nhập tên đơn vị.")]
    [StringLength(200, ErrorMessage = "Tên đơn vị dài tối đa 200 ký tự.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mã đơn vị.")]
    [StringLength(40, ErrorMessage = "Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch, tối đa 40 ký tự.")]
    public string Code { get; set; } = "";

    public OrganizationKind Kind { get; set; } = OrganizationKind.School;

    public SchoolLevel? Level { get; set; }

    public int? ParentId { get; set; }

    public OrganizationDraft ToDraft() => new(Name, Code, Kind, Level, ParentId);
}
