using Microsoft.AspNetCore.Mvc.Rendering;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>What _OrganizationForm needs: the values, the possible parents, and whether the kind can still change.</summary>
public sealed record OrganizationFormView(OrganizationForm Form, List<SelectListItem> Parents, bool KindFixed);
