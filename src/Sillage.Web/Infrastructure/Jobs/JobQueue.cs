using System.Text.Json;
using System.Threading.Channels;
using Sillage.Domain;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>Queues a job in the caller's unit of work (saved with it), and wakes the local worker.</summary>
public sealed class JobQueue(SillageDb db, TimeProvider clock, JobSignal signal)
{
    /// <param name="title">What the owner sees, stored as a <see cref="Message"/>: shown in the reader's language.</param>
    public BackgroundJob Enqueue(string kind, Message title, object payload, Guid? ownerId)
    {
        var job = new BackgroundJob
        {
            Kind = kind,
            Title = StoredMessage.Write(title, BackgroundJob.TitleMaxLength),
            OwnerId = ownerId,
            PayloadJson = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BackgroundJobs.Add(job);
        db.SavedChanges += (_, _) => signal.Wake();
        return job;
    }
}

/// <summary>Wakes the worker of this instance as soon as a job is queued (other instances poll).</summary>
public sealed class JobSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timeout: poll anyway.
        }
    }
}
