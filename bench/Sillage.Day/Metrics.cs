using System.Collections.Concurrent;
using System.Globalization;

namespace Sillage.Day;

/// <summary>Latencies and errors per action (a page or a form a user submits), kept in memory for the report.
/// Latencies are kept from <paramref name="measureFrom"/> on (after the ramp-up, when every user is signed in and the
/// runtime has compiled the hot code); errors are counted over the whole run.</summary>
public sealed class Metrics(DateTime measureFrom)
{
    private readonly ConcurrentDictionary<string, Action> _actions = new(StringComparer.Ordinal);

    /// <summary>Every measured request in 30-second windows of the run, to tell slow actions from slow moments.</summary>
    private readonly ConcurrentDictionary<int, Action> _windows = new();

    public void Record(string action, double milliseconds, string? error) => Add(action, milliseconds, error);

    /// <summary>Counts an error on a response that was received fine but was not the one expected (a form refused…).</summary>
    public void Fail(string action, string error) => Add(action, null, error);

    private void Add(string action, double? milliseconds, string? error)
    {
        var stats = _actions.GetOrAdd(action, _ => new Action());
        lock (stats)
        {
            if (milliseconds is { } ms && DateTime.UtcNow >= measureFrom)
            {
                stats.Latencies.Add(ms);
                var window = _windows.GetOrAdd((int)((DateTime.UtcNow - measureFrom).TotalSeconds / 30), _ => new Action());
                lock (window)
                {
                    window.Latencies.Add(ms);
                    window.Errors += error is null ? 0 : 1;
                }
            }

            if (error is not null)
            {
                stats.Errors++;
                if (stats.Samples.Count < 3)
                {
                    stats.Samples.Add(error);
                }
            }
        }
    }

    public int Errors => _actions.Values.Sum(a => a.Errors);

    public int Requests => _actions.Values.Sum(a => a.Latencies.Count);

    /// <summary>Prints the table (Markdown) and returns the actions whose p95 is over the goal.</summary>
    public List<string> Print(TextWriter output, double seconds, double p95Goal)
    {
        var all = new Action();
        output.WriteLine("| action | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        var slow = new List<string>();
        foreach (var (name, stats) in _actions.Where(a => a.Value.Latencies.Count > 0 || a.Value.Errors > 0).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Row(output, name, stats);
            all.Latencies.AddRange(stats.Latencies);
            all.Errors += stats.Errors;
            if (Percentile(stats.Latencies, 95) > p95Goal)
            {
                slow.Add(name);
            }
        }

        Row(output, "**all requests**", all);
        output.WriteLine();
        output.WriteLine("| seconds after the ramp-up | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (window, stats) in _windows.OrderBy(w => w.Key))
        {
            Row(output, string.Create(CultureInfo.InvariantCulture, $"{window * 30}–{window * 30 + 30}"), stats);
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{all.Latencies.Count} requests in {seconds:0} s: {all.Latencies.Count / seconds:0.0} req/s; errors {all.Errors}"));
        foreach (var (name, stats) in _actions.Where(a => a.Value.Samples.Count > 0))
        {
            output.WriteLine($"  {name}: {string.Join(" | ", stats.Samples)}");
        }

        return slow;
    }

    private static void Row(TextWriter output, string name, Action stats)
    {
        var l = stats.Latencies;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {l.Count} | {stats.Errors} | {Percentile(l, 50):0.0} | {Percentile(l, 95):0.0} | {Percentile(l, 99):0.0} | {(l.Count == 0 ? 0 : l.Max()):0.0} |"));
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private sealed class Action
    {
        public List<double> Latencies { get; } = [];
        public int Errors { get; set; }
        public List<string> Samples { get; } = [];
    }
}
