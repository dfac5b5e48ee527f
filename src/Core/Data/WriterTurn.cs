namespace ChildSafety.Core.Data;

/// <summary>A writer's turn at <see cref="SqliteWriter"/>; the default turn (PostgreSQL) holds nothing.</summary>
public readonly struct WriterTurn(SemaphoreSlim? gate) : IDisposable
{
    public void Dispose() => gate?.Release();
}
