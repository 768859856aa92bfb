using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// Gauges read from the shared database, so every instance reports the whole cluster's figures: jobs waiting and
/// running, the oldest waiting job, the outbox backlog. One query per table at most every <c>Metrics:SampleSeconds</c>
/// (15 s by default) whatever the number of scrapes; when the database cannot be read the gauges report nothing
/// rather than stale figures.
/// </summary>
internal sealed class BacklogGauges : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<BacklogGauges> _logger;
    private readonly TimeSpan _maxAge;
    private readonly Meter _meter;
    private readonly Lock _lock = new();
    private Sample? _sample;
    private long _sampledAt;

    public BacklogGauges(IServiceScopeFactory scopes, IMeterFactory meters, TimeProvider clock, IConfiguration configuration, ILogger<BacklogGauges> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Metrics:SampleSeconds", 15));
        _meter = meters.Create(SillageMetrics.MeterName);
        _meter.CreateObservableGauge("sillage.jobs.queued", () => Measure(s => s.JobsQueued), "{job}", "Background jobs waiting for a worker (all instances).");
        _meter.CreateObservableGauge("sillage.jobs.running", () => Measure(s => s.JobsRunning), "{job}", "Background jobs being run (all instances).");
        _meter.CreateObservableGauge("sillage.jobs.queued.oldest_age", () => Measure(s => s.OldestQueuedSeconds), "s", "How long the oldest waiting job has waited; 0 when none waits.");
        _meter.CreateObservableGauge("sillage.outbox.backlog", () => Measure(s => s.OutboxBacklog), "{message}", "E-mails in the outbox not sent yet.");
        _meter.CreateObservableGauge("sillage.outbox.oldest_age", () => Measure(s => s.OldestOutboxSeconds), "s", "How long the oldest unsent e-mail has waited; 0 when none waits.");
    }

    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<double>> Measure(Func<Sample, double> value) =>
        Current() is { } sample ? [new Measurement<double>(value(sample))] : [];

    private Sample? Current()
    {
        lock (_lock)
        {
            if (_sample is null || Stopwatch.GetElapsedTime(_sampledAt) >= _maxAge)
            {
                // Gauges are observed synchronously (on a scrape or an export): the query runs at most once per
                // period, and a failed one is retried at the next period, not at each of the five gauges.
                _sampledAt = Stopwatch.GetTimestamp();
                _sample = Read();
            }

            return _sample;
        }
    }

    private Sample? Read()
    {
        try
        {
            return ReadAsync().GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Metrics: the job and outbox backlog could not be read");
            return null;
        }
    }

    private async Task<Sample> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var jobs = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Status == BackgroundJobStatus.Queued || j.Status == BackgroundJobStatus.Running)
            .GroupBy(j => j.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(j => j.CreatedAt) })
            .ToListAsync(timeout.Token);
        // Unsent and not given up: what the dispatcher still has to send.
        var unsent = db.OutboxEmails.AsNoTracking().Where(e => e.SentAt == null && e.Error == null);
        var outboxCount = await unsent.CountAsync(timeout.Token);
        var outboxOldest = await unsent.MinAsync(e => (DateTime?)e.CreatedAt, timeout.Token);
        var queued = jobs.SingleOrDefault(j => j.Status == BackgroundJobStatus.Queued);
        return new Sample(
            JobsQueued: queued?.Count ?? 0,
            JobsRunning: jobs.SingleOrDefault(j => j.Status == BackgroundJobStatus.Running)?.Count ?? 0,
            OldestQueuedSeconds: queued is null ? 0 : Math.Max(0, (now - queued.Oldest).TotalSeconds),
            OutboxBacklog: outboxCount,
            OldestOutboxSeconds: outboxOldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    private sealed record Sample(double JobsQueued, double JobsRunning, double OldestQueuedSeconds, double OutboxBacklog, double OldestOutboxSeconds);
}
