using System.Data.Common;

namespace ChildSafety.Core.Privacy;

/// <summary>
/// What one module holds about a person, for Decree 13/2023/NĐ-CP: the person may download it, and an administrator
/// may erase a departed person. Each module implements this for its own tables and registers it as scoped; ids stay
/// so that counts and reports keep adding up.
/// </summary>
public interface IPersonalData
{
    /// <summary>The name of the module's section in the download, e.g. "acknowledgments".</summary>
    string Section { get; }

    /// <summary>The person's records, as plain values that serialize to JSON.</summary>
    Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// Clears what identifies the person in the module's tables beyond their id (names, addresses, notes), inside
    /// <paramref name="erasure"/> — open on Core's connection, joined with <see cref="Data.SharedTransaction"/> — so
    /// that it commits with the rest of the erasure and its audit event, or not at all.
    /// </summary>
    Task EraseAsync(Guid personId, DbTransaction erasure, CancellationToken cancellationToken);
}
