using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChildSafety.TestSupport;

/// <summary>
/// Collects the exceptions the site failed to handle while serving a request. A user would have seen the error page;
/// the test server fails its fixture with them, so that no 500 goes unnoticed behind an assertion that looked elsewhere.
/// </summary>
public sealed class UnhandledErrors
{
    private const string ExceptionHandler = "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware";

    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> All => _errors;

    /// <summary>A logging provider for one start of the site, feeding this collection.</summary>
    public ILoggerProvider CreateProvider() => new Provider(_errors);

    private sealed class Provider(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName == ExceptionHandler ? new Collector(errors) : NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class Collector(ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue(exception?.ToString() ?? formatter(state, exception));
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
