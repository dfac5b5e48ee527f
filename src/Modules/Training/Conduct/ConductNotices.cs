using ChildSafety.Core.Notices;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Security;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// For those who chase acknowledgments: how many people in their scope have not accepted the code in force. (A
/// person pending themselves needs no notice: the conduct gate sends them to /conduct before any page.)
/// </summary>
internal sealed class ConductNotices(ConductPending pending, PermissionGrants grants, IStringLocalizer<TrainingText> text) : IHomeNotice
{
    public async Task<IReadOnlyList<HomeNotice>> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        if (!grants.IsGranted(TrainingPermissions.RecordAcknowledgments, caller.Roles))
        {
            return [];
        }
        var count = await pending.CountUnderAsync(caller.RootPath, cancellationToken).ConfigureAwait(false);
        return count == 0 ? [] : [new HomeNotice(text["{0} cán bộ chưa xác nhận quy tắc ứng xử", count], "/admin/conduct")];
    }
}
