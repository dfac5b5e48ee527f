using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Site.Admin;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>Deactivating or reactivating an organization, behind a confirmation page.</summary>
public sealed class StatusModel(OrganizationService organizations, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : ActivationModel<int>(scopes)
{
    protected override async Task<(string Name, bool IsActive)?> FindManageableAsync(CallerScope caller, CancellationToken cancellationToken) =>
        await organizations.FindManageableAsync(Id, caller, cancellationToken) is { } organization ? (organization.Name, organization.IsActive) : null;

    protected override Task<Outcome> SetActiveAsync(bool active, CallerScope caller, CancellationToken cancellationToken) =>
        organizations.SetActiveAsync(Id, active, caller, cancellationToken);

    protected override string Done(bool nowActive) => nowActive
        ? text["Đơn vị {0} đã hoạt động trở lại.", Name]
        : text["Đã ngừng hoạt động đơn vị {0}.", Name];
}
