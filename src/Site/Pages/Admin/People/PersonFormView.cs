using Microsoft.AspNetCore.Mvc.Rendering;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>What _PersonForm needs: the values and the choices the caller has.</summary>
public sealed record PersonFormView(PersonForm Form, List<SelectListItem> Organizations, IReadOnlyList<string> AssignableRoles);
