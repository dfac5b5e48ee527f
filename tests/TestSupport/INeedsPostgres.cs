namespace ChildSafety.TestSupport;

/// <summary>
/// Marks a fixture that runs on PostgreSQL: the specifications of a test class using it are reported as skipped,
/// with the reason, when no PostgreSQL server is available (see <see cref="EngineFactAttribute"/>).
/// </summary>
#pragma warning disable CA1040 // A marker read by the test discoverer, by design without members.
public interface INeedsPostgres;
#pragma warning restore CA1040
