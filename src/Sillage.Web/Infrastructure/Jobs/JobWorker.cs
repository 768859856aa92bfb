using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>Section <c>Jobs</c>.</summary>
public sealed class JobOptions
{
    /// <summary>Jobs run at once by this instance (exports print with Chromium: keep it small).</summary>
    public int Workers { get; set; } = 2;
    public int MaxAttempts { get; set; } = 2;
}

/// <summary>
/// Runs queued jobs. A job is claimed with a conditional update (status Queued → Running, or an expired lease),
/// so that several instances sharing the database never run one twice.
/// </summary>
internal sealed class JobWorker(IServiceProvider services, IOptions<JobOptions> options, JobSignal signal, TimeProvider clock,
    ILogger<JobWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => LoopAsync(stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Job loop error");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidate = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Status == BackgroundJobStatus.Queued || (j.Status == BackgroundJobStatus.Running && j.LeaseUntil < now))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.Attempts }).FirstOrDefaultAsync(stoppingToken);
        if (candidate is null)
        {
            return false;
        }

        var lease = now.Add(Lease);
        var claimed = await db.BackgroundJobs
            .Where(j => j.Id == candidate.Id && j.Attempts == candidate.Attempts
                        && (j.Status == BackgroundJobStatus.Queued || (j.Status == BackgroundJobStatus.Running && j.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BackgroundJobStatus.Running)
                .SetProperty(j => j.StartedAt, now).SetProperty(j => j.LeaseUntil, lease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), stoppingToken);
        if (claimed == 0)
        {
            return true;
        }

        var job = await db.BackgroundJobs.SingleAsync(j => j.Id == candidate.Id, stoppingToken);
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null || job.Attempts > options.Value.MaxAttempts)
        {
            await FinishAsync(scope.ServiceProvider, db, job, BackgroundJobStatus.Failed,
                new Message(handler is null ? "Type de tâche inconnu." : "La tâche a échoué plusieurs fois : relancez-la ou contactez l'administrateur."), stoppingToken);
            return true;
        }

        var context = new JobContext(job, scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IFileStore>(), clock);
        try
        {
            await handler.RunAsync(context, stoppingToken);
            if (context.FailureMessage is { } failure)
            {
                await FinishAsync(scope.ServiceProvider, db, job, BackgroundJobStatus.Failed, failure, stoppingToken);
            }
            else
            {
                job.Progress = 100;
                await FinishAsync(scope.ServiceProvider, db, job, BackgroundJobStatus.Succeeded, job.Message is { } last ? StoredMessage.Read(last) : new Message("Terminé."), stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Job {JobId} ({Kind}) failed", job.Id, job.Kind);
            await FinishAsync(scope.ServiceProvider, db, job, BackgroundJobStatus.Failed,
                new Message("La tâche a échoué. Rien n'a été modifié ; réessayez ou contactez l'administrateur."), stoppingToken);
        }

        return true;
    }

    private async Task FinishAsync(IServiceProvider scoped, SillageDb db, BackgroundJob job, BackgroundJobStatus status, Message outcome, CancellationToken cancellationToken)
    {
        var message = StoredMessage.Write(outcome, BackgroundJob.MessageMaxLength);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.BackgroundJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.Progress, status == BackgroundJobStatus.Succeeded ? 100 : job.Progress)
            .SetProperty(j => j.Message, message)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.ResultFileKey, job.ResultFileKey)
            .SetProperty(j => j.ResultFileName, job.ResultFileName)
            .SetProperty(j => j.ResultContentType, job.ResultContentType), cancellationToken);
        // The listeners save their own changes with this context: the job's tracked copy (its last progress message)
        // must not overwrite the outcome just written.
        job.Status = status;
        job.Message = message;
        job.FinishedAt = now;
        db.Entry(job).State = EntityState.Detached;
        foreach (var listener in scoped.GetServices<IJobListener>())
        {
            await listener.FinishedAsync(job, status, cancellationToken);
        }
    }
}

/// <summary>Told when a job ends (the notification feature tells the owner).</summary>
public interface IJobListener
{
    Task FinishedAsync(BackgroundJob job, BackgroundJobStatus status, CancellationToken cancellationToken);
}
