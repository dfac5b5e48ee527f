using ChildSafety.Core.Organizations;

namespace ChildSafety.Core.Notices;

/// <summary>
/// A module's notices for the signed-in person: what is due, overdue or expiring for them, or behind in the scope
/// they manage. Register with <c>services.AddHomeNotice&lt;T&gt;()</c>.
/// </summary>
public interface IHomeNotice
{
    Task<IReadOnlyList<HomeNotice>> ForAsync(CallerScope caller, CancellationToken cancellationToken);
}
