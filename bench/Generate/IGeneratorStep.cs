namespace ChildSafety.Bench.Generate;

/// <summary>
/// One part of the province, written through one module's tables in one transaction. A new module's data (courses
/// and certificates, curriculum plans, activities) is one more step that reads what earlier steps left in
/// <see cref="Generation"/>.
/// </summary>
public interface IGeneratorStep
{
    string Name { get; }

    /// <summary>Writes the step's rows and returns how many.</summary>
    Task<long> RunAsync(Generation generation, CancellationToken cancellationToken);
}
