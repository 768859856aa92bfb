using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Tests.Pages.Jobs;

public sealed class JobApp : SillageApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddJobHandler<EchoJob>());
    }

    public sealed record EchoPayload(string Text, bool Fail);

    /// <summary>A job that reports progress and produces a text file (or fails on request).</summary>
    public sealed class EchoJob : IJobHandler
    {
        public string Kind => "test.echo";

        public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            var payload = context.Payload<EchoPayload>();
            await context.ReportAsync(50, new Message("À moitié"), cancellationToken);
            if (payload.Fail)
            {
                throw new InvalidOperationException("boom");
            }

            await context.SaveResultAsync(new MemoryStream(Encoding.UTF8.GetBytes(payload.Text)), "écho.txt", "text/plain", cancellationToken);
        }
    }
}

public sealed class JobTests(JobApp app) : IClassFixture<JobApp>
{
    private async Task<Guid> EnqueueAsync(string ownerEmail, bool fail = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var owner = await db.Users.Where(u => u.Email == ownerEmail).Select(u => u.Id).SingleAsync();
        var job = scope.ServiceProvider.GetRequiredService<JobQueue>().Enqueue("test.echo", new Message("Écho"), new JobApp.EchoPayload("bonjour", fail), owner);
        await db.SaveChangesAsync();
        return job.Id;
    }

    /// <summary>Polls until the job ends. The bound is generous: on a loaded CI machine the demo's own PDF job (a
    /// Chromium print) runs first, and a failing job is tried twice.</summary>
    private async Task<BackgroundJob> WaitAsync(Guid id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await app.WithDbAsync(db => db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.Status is BackgroundJobStatus.Succeeded or BackgroundJobStatus.Failed)
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The job did not finish.");
    }

    [Fact]
    public async Task The_owner_follows_a_job_and_downloads_its_result_others_get_404()
    {
        var id = await EnqueueAsync(Accounts.Learner);
        var job = await WaitAsync(id);
        Assert.Equal(BackgroundJobStatus.Succeeded, job.Status);

        var owner = await app.SignInAsync(Accounts.Learner);
        var page = await owner.GetPageAsync($"/taches/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = page.Find("a[download]")!.GetAttribute("href")!;
        var file = await owner.GetAsync(link);
        Assert.Equal("bonjour", await file.Content.ReadAsStringAsync());
        Assert.Equal("écho.txt", file.Content.Headers.ContentDisposition!.FileNameStar);

        var other = await app.SignInAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/taches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync($"/taches/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_failing_job_says_so_in_french()
    {
        var id = await EnqueueAsync(Accounts.Teacher, fail: true);
        var job = await WaitAsync(id);
        Assert.Equal(BackgroundJobStatus.Failed, job.Status);
        var page = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync($"/taches/{id}");
        Assert.Contains("La tâche a échoué", page.Text, StringComparison.Ordinal);
    }
}
