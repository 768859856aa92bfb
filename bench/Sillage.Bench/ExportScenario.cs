using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Bench;

/// <summary>
/// Exports (issue 7): a learner with 300 traces and 60 image attachments (plus 30 text files) exports the PDF and
/// the static site through the page, as a learner does; the time is from the request to the job's end (file stored).
/// Then four exports are queued at once and, while they run, another learner's page is timed (responsiveness).
/// </summary>
public static partial class ExportScenario
{
    public static async Task<ScenarioContext> GenerateAsync(BenchApp app, string scale)
    {
        Guid learnerId = default;
        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            (learnerId, _) = await PortfolioGenerator.FillAsync(db, demo.Id, learners: 30, tracesPerLearner: 300);
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            var traces = await db.Traces.Where(t => t.LearnerId == learnerId).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
            var now = DateTime.UtcNow;
            for (var i = 0; i < traces.Count; i++)
            {
                if (i % 5 == 0)
                {
                    var key = FileKeys.New("traces", now);
                    var png = Sillage.Web.Pages.Portfolio.DemoImage.Png(640, 400);
                    await store.SaveAsync(key, new MemoryStream(png), "image/png");
                    db.Attachments.Add(new Attachment { TraceId = traces[i], FileName = $"capture-{i}.png", StorageKey = key, ContentType = "image/png", Extension = "png", Size = png.Length, IsImage = true, UploadedById = learnerId, UploadedAt = now });
                }

                if (i % 10 == 1)
                {
                    var key = FileKeys.New("traces", now);
                    var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Compte rendu de réunion, version texte. ", 500)));
                    await store.SaveAsync(key, new MemoryStream(text), "text/plain");
                    db.Attachments.Add(new Attachment { TraceId = traces[i], FileName = $"notes-{i}.txt", StorageKey = key, ContentType = "text/plain", Extension = "txt", Size = text.Length, IsImage = false, UploadedById = learnerId, UploadedAt = now });
                }
            }

            await db.SaveChangesAsync();
        }

        return new ScenarioContext(Accounts.Learner, "learner with 300 traces, 60 images and 30 text attachments (30 learners × 300 traces in the database)", [], MeasureAsync);
    }

    private static async Task MeasureAsync(BenchApp app, HttpClient learner, HttpClient other)
    {
        foreach (var format in new[] { "Pdf", "Site", "Json" })
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                var job = await StartAsync(learner, format);
                await WaitAsync(app, job);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            times.Sort();
            Console.WriteLine($"| export {format,-6} (request → file stored, 3 runs) | median {times[1],6:0.00} s | max {times[2],6:0.00} s |");
        }

        var jobs = new List<Guid>();
        foreach (var format in new[] { "Pdf", "Site", "Json", "Badges" })
        {
            jobs.Add(await StartAsync(learner, format));
        }

        var samples = new List<double>();
        while (!await AllDoneAsync(app, jobs))
        {
            var watch = Stopwatch.StartNew();
            using var response = await other.GetAsync("/dossier");
            await response.Content.CopyToAsync(Stream.Null);
            samples.Add(watch.Elapsed.TotalMilliseconds);
            await Task.Delay(20);
        }

        samples.Sort();
        Console.WriteLine(samples.Count == 0
            ? "| other requests during 4 exports | no sample |"
            : $"| another learner's /dossier during 4 exports ({samples.Count} requests) | median {samples[samples.Count / 2],7:0.0} ms | p95 {samples[(int)(samples.Count * 0.95)],7:0.0} ms |");
    }

    private static async Task<Guid> StartAsync(HttpClient client, string format)
    {
        var page = await client.GetStringAsync("/dossier/exporter");
        var token = TokenPattern().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/dossier/exporter", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["format"] = format,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Export {format} answered {(int)response.StatusCode}");
        }

        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task WaitAsync(BenchApp app, Guid job)
    {
        while (!await AllDoneAsync(app, [job]))
        {
            await Task.Delay(20);
        }
    }

    private static async Task<bool> AllDoneAsync(BenchApp app, List<Guid> jobs)
    {
        var done = false;
        await app.WithDbAsync(async db =>
        {
            var statuses = await db.BackgroundJobs.Where(j => jobs.Contains(j.Id)).Select(j => j.Status).ToListAsync();
            if (statuses.Contains(BackgroundJobStatus.Failed))
            {
                throw new InvalidOperationException("An export failed.");
            }

            done = statuses.All(s => s == BackgroundJobStatus.Succeeded);
        });
        return done;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
