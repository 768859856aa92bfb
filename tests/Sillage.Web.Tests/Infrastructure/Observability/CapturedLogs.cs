using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>A logger provider keeping every line with the properties of its scopes, as the console's JSON formatter
/// would write them.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, string Message, IReadOnlyDictionary<string, string?> ScopeValues);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>();
            owner._scopes.ForEachScope((scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        into[key] = value?.ToString();
                    }
                }
            }, values);
            owner.Lines.Enqueue(new LogLine(category, formatter(state, exception), values));
        }
    }
}
