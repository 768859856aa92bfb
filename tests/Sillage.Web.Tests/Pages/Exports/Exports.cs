using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages.Exports;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>Builders for export tests: exports and imports asked for through the pages, as a learner does, import jobs
/// queued directly, and fresh accounts.</summary>
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

    /// <summary>Submits the import page (as an administrator when <paramref name="learnerEmail"/> is given), which
    /// redirects to the import's job; waits for the job; returns it with its page.</summary>
    public static async Task<(BackgroundJob Job, Page Page)> ImportAsync(this SillageApp app, HttpClient client, byte[] zip, string? learnerEmail = null)
    {
        var form = await client.GetPageAsync("/dossier/importer");
        var response = await client.SubmitAsync(form, "form[enctype]", learnerEmail is null ? null : new() { ["LearnerEmail"] = learnerEmail },
            new() { ["Upload"] = ("export.zip", zip, "application/zip") });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await response.ToPageAsync()).Errors()));
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/taches/", location, StringComparison.Ordinal);
        var job = await app.WaitForJobAsync(Guid.Parse(location.Split('/').Last()));
        return (job, await client.GetPageAsync(location));
    }

    /// <summary>Queues an import job directly, as the import page does once its checks passed; <paramref name="meanwhile"/>
    /// changes the database in the same unit of work (what another request could do before the job runs).</summary>
    public static async Task<IReadOnlyList<Guid>> EnqueueImportsAsync(this SillageApp app, byte[] zip, Guid learnerId, int count = 1,
        Action<SillageDb>? meanwhile = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var key = FileKeys.New("imports", DateTime.UtcNow);
            await store.SaveAsync(key, new MemoryStream(zip), "application/zip");
            var job = queue.Enqueue(ImportJob.JobKind, new Message("Import"), new ImportJob.Payload(key, learnerId), learnerId);
            job.ResultFileKey = key;
            ids.Add(job.Id);
        }

        meanwhile?.Invoke(db);
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Whether the zip an import job received is still in the file store.</summary>
    public static async Task<bool> UploadExistsAsync(this SillageApp app, BackgroundJob job)
    {
        var key = JsonSerializer.Deserialize<ImportJob.Payload>(job.PayloadJson, JsonSerializerOptions.Web)!.UploadKey;
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IFileStore>().ExistsAsync(key);
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

    /// <summary>The manifest.json of a JSON export.</summary>
    public static JsonObject Manifest(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = archive.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    /// <summary>A copy of the export with its manifest changed (and, on request, one attachment's bytes altered).</summary>
    public static byte[] Rewrite(byte[] zip, Action<JsonObject> change, bool tamperFiles = false)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var tampered = false;
            foreach (var entry in input.Entries)
            {
                using var reader = entry.Open();
                var bytes = new MemoryStream();
                reader.CopyTo(bytes);
                var content = bytes.ToArray();
                if (entry.FullName == "manifest.json")
                {
                    var manifest = JsonNode.Parse(content)!.AsObject();
                    change(manifest);
                    content = Encoding.UTF8.GetBytes(manifest.ToJsonString());
                }
                else if (tamperFiles && !tampered)
                {
                    content[^1] ^= 0xFF;
                    tampered = true;
                }

                using var writer = copy.CreateEntry(entry.FullName).Open();
                writer.Write(content);
            }
        }

        return output.ToArray();
    }
}
