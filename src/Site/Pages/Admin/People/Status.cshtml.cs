using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Admin;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>Deactivating or reactivating a person, behind a confirmation page.</summary>
public sealed class StatusModel(PeopleDirectory directory, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : ActivationModel<Guid>(scopes)
{
    protected override async Task<(string Name, bool IsActive)?> FindManageableAsync(CallerScope caller, CancellationToken cancellationToken) =>
        await directory.FindManageableAsync(Id, caller, cancellationToken) is { } person ? (person.FullName, person.IsActive) : null;

    protected override Task<Outcome> SetActiveAsync(bool active, CallerScope caller, CancellationToken cancellationToken) =>
        directory.SetActiveAsync(Id, active, caller, cancellationToken);

    protected override string Done(bool nowActive) => nowActive
        ? text["{0} đã hoạt động trở lại.", Name]
        : text["Đã ngừng hoạt động tài khoản của {0}.", Name];
}
