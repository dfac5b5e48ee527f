using Xunit;
using Xunit.Sdk;

namespace ChildSafety.TestSupport;

/// <summary>
/// A fact that runs on the database engine of its test class's fixture. When that engine is not available here
/// (PostgreSQL without <c>CHILDSAFETY_TEST_POSTGRES</c>) the fact is reported as skipped with the reason, never as
/// passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ChildSafety.TestSupport.EngineFactDiscoverer", "ChildSafety.TestSupport")]
public sealed class EngineFactAttribute : FactAttribute;
