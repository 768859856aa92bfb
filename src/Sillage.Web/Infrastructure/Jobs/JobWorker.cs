using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Observability;

namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>Section <c>Jobs</c>.</summary>
public sealed class JobOptions
{
    /// <summary>Jobs run at once by this instance (exports print with Chromium: keep it small). 0 makes a web-only
    /// instance: it queues jobs and runs none (no worker loop at all); the instances with workers run them. A worker-only
    /// instance is an ordinary instance the load balancer sends no traffic to (left out of its backends).</summary>
    public int Workers { get; set; } = 2;
    public int MaxAttempts { get; set; } = 2;
}

/// <summary>
/// Runs queued jobs. A job is claimed with a conditional update (status Queued → Running, or an expired lease) that
/// writes a new claim token, so that several instances sharing the database never run one twice: every later write
/// (progress, lease renewal, outcome) applies only while the row still holds that token. The lease is short and
/// renewed on a timer while the job runs, so a job whose instance died is taken up again within a minute; on a graceful
/// shutdown the running jobs go back to the queue at once.
/// </summary>
internal sealed class JobWorker(IServiceProvider services, IOptions<JobOptions> options, JobSignal signal, TimeProvider clock,
    ILogger<JobWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan LeaseRenewal = TimeSpan.FromSeconds(20);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => LoopAsync(stoppingToken)));

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
        Guid? token = Guid.NewGuid();
        var claimed = await db.BackgroundJobs
            .Where(j => j.Id == candidate.Id && j.Attempts == candidate.Attempts
                        && (j.Status == BackgroundJobStatus.Queued || (j.Status == BackgroundJobStatus.Running && j.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BackgroundJobStatus.Running)
                .SetProperty(j => j.StartedAt, now).SetProperty(j => j.LeaseUntil, lease).SetProperty(j => j.ClaimToken, token)
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
        using var claimLost = new CancellationTokenSource();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, claimLost.Token);
        using var renewal = new CancellationTokenSource();
        var renewing = RenewLeaseAsync(job.Id, job.ClaimToken!.Value, claimLost, renewal.Token);
        try
        {
            await handler.RunAsync(context, running.Token);
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
        catch (Exception e) when (e is JobClaimLostException || (e is OperationCanceledException && claimLost.IsCancellationRequested && !stoppingToken.IsCancellationRequested))
        {
            logger.LogWarning("Job {JobId} ({Kind}): the claim was taken over by another worker; this one stops without writing", job.Id, job.Kind);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await RequeueAsync(db, job);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Job {JobId} ({Kind}) failed", job.Id, job.Kind);
            await FinishAsync(scope.ServiceProvider, db, job, BackgroundJobStatus.Failed,
                new Message("La tâche a échoué. Rien n'a été modifié ; réessayez ou contactez l'administrateur."), stoppingToken);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }

        return true;
    }

    /// <summary>Pushes the lease forward every <see cref="LeaseRenewal"/> while the job runs (in its own scope: the job's
    /// context is busy). When the row no longer holds the token, the job is cancelled.</summary>
    private async Task RenewLeaseAsync(Guid jobId, Guid token, CancellationTokenSource claimLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(LeaseRenewal, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
                var lease = clock.GetUtcNow().UtcDateTime.Add(Lease);
                var renewed = await db.BackgroundJobs.Where(j => j.Id == jobId && j.ClaimToken == token && j.Status == BackgroundJobStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, lease), stop);
                if (renewed == 0)
                {
                    await claimLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job ended.
        }
        catch (Exception e)
        {
            // The database is unreachable: the lease may run out and another instance take the job; its writes then fail.
            logger.LogWarning(e, "Job {JobId}: lease renewal failed", jobId);
        }
    }

    /// <summary>Graceful shutdown: the interrupted job goes back to the queue for another instance, at once and without
    /// counting the attempt.</summary>
    private async Task RequeueAsync(SillageDb db, BackgroundJob job)
    {
        var token = job.ClaimToken;
        var requeued = await db.BackgroundJobs.Where(j => j.Id == job.Id && j.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BackgroundJobStatus.Queued)
                .SetProperty(j => j.ClaimToken, (Guid?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.StartedAt, (DateTime?)null).SetProperty(j => j.Attempts, j => j.Attempts - 1), CancellationToken.None);
        logger.LogInformation("Job {JobId} ({Kind}) requeued on shutdown ({Requeued})", job.Id, job.Kind, requeued);
        SillageMetrics.RecordJob(job.Kind, "requeued", clock.GetUtcNow().UtcDateTime - (job.StartedAt ?? clock.GetUtcNow().UtcDateTime));
    }

    private async Task FinishAsync(IServiceProvider scoped, SillageDb db, BackgroundJob job, BackgroundJobStatus status, Message outcome, CancellationToken cancellationToken)
    {
        var message = StoredMessage.Write(outcome, BackgroundJob.MessageMaxLength);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = job.ClaimToken;
        var written = await db.BackgroundJobs.Where(j => j.Id == job.Id && j.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.ClaimToken, (Guid?)null)
            .SetProperty(j => j.Progress, status == BackgroundJobStatus.Succeeded ? 100 : job.Progress)
            .SetProperty(j => j.Message, message)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.ResultFileKey, job.ResultFileKey)
            .SetProperty(j => j.ResultFileName, job.ResultFileName)
            .SetProperty(j => j.ResultContentType, job.ResultContentType), cancellationToken);
        SillageMetrics.RecordJob(job.Kind, written == 0 ? "taken-over" : status == BackgroundJobStatus.Succeeded ? "succeeded" : "failed", now - (job.StartedAt ?? now));
        if (written == 0)
        {
            logger.LogWarning("Job {JobId} ({Kind}): the claim was taken over by another worker; its outcome is not recorded", job.Id, job.Kind);
            if (job.ResultFileKey is { } orphan)
            {
                await scoped.GetRequiredService<IFileStore>().DeleteAsync(orphan, CancellationToken.None);
            }

            return;
        }

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
