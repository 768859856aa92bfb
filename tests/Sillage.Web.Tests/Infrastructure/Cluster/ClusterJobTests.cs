using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>Jobs shared by instances: a worker writes only while it holds the job's claim token, renews its lease while
/// the job runs, gives the job back on a graceful shutdown; an instance with <c>Jobs__Workers=0</c> runs none.</summary>
public sealed class ClusterJobTests : IDisposable
{
    private readonly ClusterDatabase _database = new();
    private readonly JobGate _gate = new();

    public void Dispose() => _database.Dispose();

    private ClusterApp Instance(int workers) => new(_database, demo: false,
        new() { ["Jobs:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        services => services.AddSingleton(_gate).AddJobHandler<GatedJob>());

    private static async Task<Guid> EnqueueAsync(ClusterApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<JobQueue>().Enqueue(GatedJob.JobKind, new Message("Tâche de test"), new { }, null);
        await scope.ServiceProvider.GetRequiredService<SillageDb>().SaveChangesAsync();
        return job.Id;
    }

    private static Task<BackgroundJob> JobAsync(ClusterApp app, Guid id) =>
        app.WithDbAsync(db => db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("Timed out waiting: " + what);
    }

    [Fact]
    public async Task A_worker_whose_claim_was_taken_writes_neither_progress_nor_result_and_the_lease_is_renewed_meanwhile()
    {
        using var app = Instance(workers: 1);
        var id = await EnqueueAsync(app);
        await _gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var claimed = await JobAsync(app, id);
        Assert.NotNull(claimed.ClaimToken);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.Add(JobWorker.Lease), claimed.LeaseUntil);

        // The renewal timer pushes the lease forward while the job runs.
        app.Clock.Advance(JobWorker.LeaseRenewal);
        var renewedUntil = app.Clock.GetUtcNow().UtcDateTime.Add(JobWorker.Lease);
        await UntilAsync(async () => (await JobAsync(app, id)).LeaseUntil == renewedUntil, "lease renewal");

        // Another instance takes the job over (as after this one stalled past its lease).
        var other = Guid.NewGuid();
        await app.WithDbAsync(db => db.BackgroundJobs.Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimToken, other).SetProperty(j => j.Progress, 7)));
        _gate.Release.SetResult();
        await _gate.Returned.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<JobClaimLostException>(_gate.ReportFailure);
        // The worker's outcome write comes right after the handler returns: give it time to (wrongly) land.
        await Task.Delay(1000);
        var after = await JobAsync(app, id);
        Assert.Equal(other, after.ClaimToken);
        Assert.Equal(BackgroundJobStatus.Running, after.Status);
        Assert.Equal(7, after.Progress);
        Assert.Null(after.ResultFileKey);
        Assert.Null(after.FinishedAt);
    }

    [Fact]
    public async Task A_graceful_shutdown_requeues_the_running_job_and_a_web_only_instance_queues_without_running()
    {
        using var webOnly = Instance(workers: 0);
        Assert.DoesNotContain(webOnly.Services.GetServices<IHostedService>(), s => s.GetType().Name == "JobWorker");
        Guid id;
        using (var worker = Instance(workers: 1))
        {
            id = await EnqueueAsync(worker);
            await _gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(BackgroundJobStatus.Running, (await JobAsync(webOnly, id)).Status);
            Assert.Equal(1, (await JobAsync(webOnly, id)).Attempts);
        }

        var requeued = await JobAsync(webOnly, id);
        Assert.Equal(BackgroundJobStatus.Queued, requeued.Status);
        Assert.Null(requeued.ClaimToken);
        Assert.Null(requeued.LeaseUntil);
        Assert.Equal(0, requeued.Attempts);

        // The web-only instance queues a job too, and neither runs it nor the requeued one (it polls every 2 s).
        var queuedThere = await EnqueueAsync(webOnly);
        await Task.Delay(3000);
        Assert.Equal(BackgroundJobStatus.Queued, (await JobAsync(webOnly, id)).Status);
        Assert.Equal(BackgroundJobStatus.Queued, (await JobAsync(webOnly, queuedThere)).Status);
    }

    /// <summary>The test's hold on <see cref="GatedJob"/>.</summary>
    public sealed class JobGate
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Returned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Exception? ReportFailure { get; set; }
    }

    /// <summary>Waits for the test, reports progress (remembering a refusal), stores a result and returns.</summary>
    private sealed class GatedJob(JobGate gate) : IJobHandler
    {
        public const string JobKind = "cluster-test";

        public string Kind => JobKind;

        public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            gate.Started.TrySetResult();
            await gate.Release.Task.WaitAsync(cancellationToken);
            try
            {
                await context.ReportAsync(50, new Message("À mi-chemin"), cancellationToken);
            }
            catch (JobClaimLostException e)
            {
                gate.ReportFailure = e;
            }

            await context.SaveResultAsync(new MemoryStream(Encoding.UTF8.GetBytes("résultat")), "resultat.txt", "text/plain", cancellationToken);
            gate.Returned.TrySetResult();
        }
    }
}
