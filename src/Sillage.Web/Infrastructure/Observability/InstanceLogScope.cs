using System.Collections;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// Puts the instance id on every log line, whichever provider writes it: the logger factory is wrapped so that each
/// enabled entry is written inside a scope <c>{ "InstanceId": "…" }</c> (the console's JSON formatter lists scopes,
/// next to the <c>TraceId</c>/<c>SpanId</c> one). A process-wide scope cannot do it: scopes follow the async flow,
/// and Kestrel starts each request without the flow of the code that started it.
/// </summary>
internal sealed class InstanceLoggerFactory(ILoggerFactory inner, InstanceId instance) : ILoggerFactory
{
    private readonly InstanceScope _scope = new(instance.Value);

    public ILogger CreateLogger(string categoryName) => new InstanceLogger(inner.CreateLogger(categoryName), _scope);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class InstanceLogger(ILogger inner, InstanceScope scope) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            using (inner.BeginScope(scope))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }

    /// <summary>Structured (one property) for the JSON formatter and OpenTelemetry, readable in the simple one.</summary>
    private sealed class InstanceScope(string instance) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?> _pair = new("InstanceId", instance);

        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] => index == 0 ? _pair : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return _pair;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"Instance {instance}";
    }
}
