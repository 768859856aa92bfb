using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>The JSON re-import as a background job: what the job does once the page queued it.</summary>
public sealed class ImportJobTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string TargetNotEmpty = "contient déjà des traces";

    private async Task<(byte[] Zip, int Traces)> ExportOfTheDemoLearnerAsync()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var zip = await app.ExportAsync(await app.SignInAsync(Accounts.Learner), "Json");
        return (zip, await app.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == learnerId)));
    }

    private Task<int> TracesOfAsync(Guid learnerId) => app.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == learnerId));

    private static List<string> Report(Page page) => page.FindAll("#job-report li").Select(li => li.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_learner_imports_into_their_own_dossier_through_a_job_that_links_to_it_and_removes_the_upload()
    {
        var (zip, count) = await ExportOfTheDemoLearnerAsync();
        Assert.True(count > 0);
        var learnerId = await app.FreshLearnerAsync("import.seule@demo.sillage.test");
        var learner = await app.SignInAsync("import.seule@demo.sillage.test");

        var (job, page) = await app.ImportAsync(learner, zip);

        Assert.True(job.Status == BackgroundJobStatus.Succeeded, job.Message);
        Assert.Equal(learnerId, job.OwnerId);
        Assert.Contains($"Import terminé : {count} trace(s)", page.Find("#job-status [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("#job-status a[href='/dossier']"));
        Assert.Null(page.Find("#job-status a[download]"));
        Assert.Equal(count, await TracesOfAsync(learnerId));
        Assert.False(await app.UploadExistsAsync(job));
        Assert.Null(job.ResultFileKey);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == learnerId && n.Url == $"/taches/{job.Id}")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "portfolio.imported" && e.SubjectId == learnerId && e.ActorId == learnerId)));
    }

    [Fact]
    public async Task An_import_job_refuses_a_dossier_that_received_a_trace_after_it_was_queued()
    {
        var (zip, _) = await ExportOfTheDemoLearnerAsync();
        var learnerId = await app.FreshLearnerAsync("import.entretemps@demo.sillage.test");
        var ids = await app.EnqueueImportsAsync(zip, learnerId, meanwhile: db => db.Traces.Add(new Trace
        {
            LearnerId = learnerId, Title = "Écrite entre-temps", ActivityDate = new DateOnly(2026, 11, 10), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        }));

        var job = await app.WaitForJobAsync(ids[0]);

        Assert.Equal(BackgroundJobStatus.Failed, job.Status);
        Assert.Equal(1, await TracesOfAsync(learnerId));
        Assert.False(await app.UploadExistsAsync(job));
        var page = await (await app.SignInAsync("import.entretemps@demo.sillage.test")).GetPageAsync($"/taches/{job.Id}");
        Assert.Contains(Report(page), e => e.Contains(TargetNotEmpty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_imports_queued_together_for_one_dossier_import_it_once()
    {
        var (zip, count) = await ExportOfTheDemoLearnerAsync();
        var learnerId = await app.FreshLearnerAsync("import.double@demo.sillage.test");
        var ids = await app.EnqueueImportsAsync(zip, learnerId, count: 2);

        var jobs = new[] { await app.WaitForJobAsync(ids[0]), await app.WaitForJobAsync(ids[1]) };

        Assert.Single(jobs, j => j.Status == BackgroundJobStatus.Succeeded);
        var refused = Assert.Single(jobs, j => j.Status == BackgroundJobStatus.Failed);
        Assert.Equal(count, await TracesOfAsync(learnerId));
        var page = await (await app.SignInAsync("import.double@demo.sillage.test")).GetPageAsync($"/taches/{refused.Id}");
        Assert.Contains(Report(page), e => e.Contains(TargetNotEmpty, StringComparison.Ordinal));
        foreach (var job in jobs)
        {
            Assert.False(await app.UploadExistsAsync(job));
        }
    }

    [Fact]
    public async Task Only_the_owner_of_an_import_job_reads_it()
    {
        var learnerId = await app.FreshLearnerAsync("import.privee@demo.sillage.test");
        var id = (await app.EnqueueImportsAsync(Encoding.UTF8.GetBytes("bonjour"), learnerId))[0];
        var job = await app.WaitForJobAsync(id);
        Assert.Equal(BackgroundJobStatus.Failed, job.Status);

        var owner = await app.SignInAsync("import.privee@demo.sillage.test");
        var page = await owner.GetPageAsync($"/taches/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Report(page), e => e.Contains("archive zip", StringComparison.Ordinal));

        foreach (var other in new[] { Accounts.OtherLearner, Accounts.Teacher })
        {
            var client = await app.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/taches/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/taches/{id}?handler=Status")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync($"/taches/{id}")).StatusCode);
    }
}
