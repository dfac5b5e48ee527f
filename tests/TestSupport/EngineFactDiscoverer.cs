using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChildSafety.TestSupport;

/// <summary>Discovers <see cref="EngineFactAttribute"/> facts, skipping those whose engine is unavailable.</summary>
public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = NeedsPostgres(testMethod.TestClass.Class.ToRuntimeType()) ? PostgresDatabase.Unavailable : null;
        return reason is null
            ? _facts.Discover(discoveryOptions, testMethod, factAttribute)
            : [new SkippedTestCase(reason, diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
    }

    private static bool NeedsPostgres(Type testClass) =>
        testClass.GetInterfaces().Any(i =>
            i.IsGenericType
            && i.GetGenericTypeDefinition() == typeof(Xunit.IClassFixture<>)
            && typeof(INeedsPostgres).IsAssignableFrom(i.GetGenericArguments()[0]));
}
