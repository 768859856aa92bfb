using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>Builders for export tests: exports asked for through the page, as a learner does, and fresh accounts.</summary>
public static class Exports
{
    /// <summary>Asks for an export on the page, waits for its job, downloads the file from the list.</summary>
    public static async Task<byte[]> ExportAsync(this SillageApp app, HttpClient client, string format, Guid? learnerId = null)
    {
        var url = learnerId is null ? "/dossier/exporter" : $"/dossier/exporter/{learnerId}";
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var response = await client.SubmitAsync(page, "form.card", new() { ["format"] = format });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobId = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var job = await app.WaitForJobAsync(jobId);
        Assert.True(job.Status == BackgroundJobStatus.Succeeded, job.Message);
        var list = await client.GetPageAsync(url);
        var exportId = await app.WithDbAsync(db => db.PortfolioExports.Where(e => e.JobId == jobId).Select(e => e.Id).SingleAsync());
        var anchor = list.Find($"a[href*='handler=File'][href*='{exportId}']");
        Assert.True(anchor is not null, list.Find("table")?.OuterHtml ?? list.Text);
        var link = anchor.GetAttribute("href")!;
        var file = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        return await file.Content.ReadAsByteArrayAsync();
    }

    public static async Task<BackgroundJob> WaitForJobAsync(this SillageApp app, Guid id)
    {
        for (var i = 0; i < 600; i++)
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

    /// <summary>A new learner of the demo cohort with an empty dossier (password: the demo one).</summary>
    public static async Task<Guid> FreshLearnerAsync(this SillageApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var user = new User { FirstName = "Nouvelle", LastName = "Arrivée", Email = email, UserName = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoSeeder.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Learner)).Succeeded);
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return user.Id;
    }
}
