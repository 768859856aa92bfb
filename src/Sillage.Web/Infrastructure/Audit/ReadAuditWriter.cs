using System.Threading.Channels;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Audit;

/// <summary>
/// Writes the audit entries of reads (a learner's dashboard, a person's record, a dossier read by a tutor or a juror)
/// in groups: every read still gets its entry, but the entries of a burst of reads share one transaction instead of
/// one commit each (ADR 0011, issue 16). An entry is written at most <see cref="MaxDelay"/> after the read; a graceful
/// stop writes what is waiting; a crash can lose the entries of that last fraction of a second. When the queue is
/// full (the database unreachable for a long time) the read writes its entry itself, as before.
/// </summary>
public sealed class ReadAuditWriter(IServiceScopeFactory scopes, ILogger<ReadAuditWriter> logger) : BackgroundService
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);
    private const int Capacity = 10_000;
    private const int BatchSize = 500;

    private readonly Channel<AuditEntry> _queue = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long _pending;

    /// <summary>Queues an entry; false when the queue is full (the caller then saves it in its own unit of work).</summary>
    public bool TryQueue(AuditEntry entry)
    {
        Interlocked.Increment(ref _pending);
        if (_queue.Writer.TryWrite(entry))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        return false;
    }

    /// <summary>Waits until every entry queued before the call is written (tests).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (Interlocked.Read(ref _pending) > 0)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditEntry>(BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Lets a burst gather: the first read of a burst waits at most MaxDelay for the others.
                await Task.Delay(MaxDelay, stoppingToken);
                await DrainAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stopping: once the loop has ended (or never ran, when the host stops at once), what is still waiting is
    /// written within the host's shutdown timeout.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DrainAsync([], cancellationToken);
    }

    private async Task DrainAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        while (_queue.Reader.TryPeek(out _))
        {
            batch.Clear();
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await WriteAsync(batch, cancellationToken);
            Interlocked.Add(ref _pending, -batch.Count);
        }
    }

    private async Task WriteAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
                db.AuditEntries.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 5)
            {
                logger.LogWarning(e, "Writing {Count} read audit entries failed (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Count} read audit entries could not be written and are lost", batch.Count);
                return;
            }
        }
    }
}
