using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChildSafety.TestSupport;

/// <summary>
/// Counts the SQL commands the given contexts execute while it lives. It listens to EF Core's diagnostics, which are
/// process-wide, so it keeps only the commands of its own contexts: other tests running in parallel do not count.
/// </summary>
public sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly HashSet<DbContext> _contexts;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public CommandCounter(params DbContext[] contexts)
    {
        _contexts = [.. contexts];
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && data.Context is { } context && _contexts.Contains(context))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
