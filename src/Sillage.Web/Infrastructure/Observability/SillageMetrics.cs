using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// Sillage's own instruments (meter <c>Sillage</c>), recorded by the code doing the work: one line where a job ends,
/// where an e-mail send ends, around a PDF print. The figures read from the database (jobs waiting, outbox backlog)
/// are in <see cref="BacklogGauges"/>. Names, units and labels are listed in docs/operations.md.
/// </summary>
public static class SillageMetrics
{
    public const string MeterName = "Sillage";

    /// <summary>Also the activity source for spans around Sillage's own work.</summary>
    public static readonly ActivitySource Source = new(MeterName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "sillage.job.duration", "s", "Time a background job ran, by kind and outcome (succeeded, failed, requeued on shutdown, taken-over by another instance).");

    private static readonly Counter<long> EmailSends = Meter.CreateCounter<long>(
        "sillage.email.sends", "{message}", "E-mails handed to the SMTP server, by outcome (sent, failed).");

    private static readonly Histogram<double> PrintDuration = Meter.CreateHistogram<double>(
        "sillage.pdf.print.duration", "s", "Time a PDF print took, waiting for a Chromium slot included.");

    private static readonly UpDownCounter<long> PrintsActive = Meter.CreateUpDownCounter<long>(
        "sillage.pdf.prints.active", "{print}", "PDF prints waiting for or using Chromium now.");

    private static int _sqliteObserved;

    /// <summary>Publishes the memory SQLite's native library holds (its page caches and schemas, one per pooled
    /// connection) as <c>sillage.sqlite.memory</c>: it is outside the .NET heap, so the runtime's own metrics do not show
    /// it. Called once the SQLite provider is chosen; later calls do nothing.</summary>
    public static void ObserveSqliteMemory()
    {
        if (Interlocked.Exchange(ref _sqliteObserved, 1) == 0)
        {
            Meter.CreateObservableGauge("sillage.sqlite.memory", SqliteMemory, "By", "Memory SQLite's native library holds (page caches, schemas), outside the .NET heap.");
        }
    }

    /// <summary>Nothing until the first connection has loaded the native library.</summary>
    private static IEnumerable<Measurement<long>> SqliteMemory()
    {
        long used;
        try
        {
            used = SQLitePCL.raw.sqlite3_memory_used();
        }
        catch (Exception e) when (e is InvalidOperationException or TypeInitializationException)
        {
            yield break;
        }

        yield return new Measurement<long>(used);
    }

    /// <summary>A job ended: <paramref name="outcome"/> is "succeeded", "failed", "requeued" (graceful shutdown) or "taken-over" (its lease was lost).</summary>
    public static void RecordJob(string kind, string outcome, TimeSpan duration) =>
        JobDuration.Record(duration.TotalSeconds, new("kind", kind), new("outcome", outcome));

    /// <summary>An e-mail send ended: <paramref name="outcome"/> is "sent" or "failed".</summary>
    public static void RecordEmailSend(string outcome) => EmailSends.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts a print as active until disposed, then records its duration:
    /// <c>using var print = SillageMetrics.StartPrint();</c> first thing in the print method.</summary>
    public static PrintMeasure StartPrint() => new(Stopwatch.GetTimestamp());

    /// <summary>One PDF print being measured (see <see cref="StartPrint"/>).</summary>
    public sealed class PrintMeasure : IDisposable
    {
        private readonly long _started;
        private bool _disposed;

        internal PrintMeasure(long started)
        {
            _started = started;
            PrintsActive.Add(1);
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            PrintsActive.Add(-1);
            PrintDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds);
        }
    }
}
