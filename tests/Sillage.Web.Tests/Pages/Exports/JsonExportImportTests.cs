using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>The JSON export and its re-import into another instance (a second app with its own database and files).</summary>
public sealed class JsonExportImportTests(SillageApp source) : IClassFixture<SillageApp>, IDisposable
{
    private readonly SillageApp _target = new();

    public void Dispose() => _target.Dispose();

    private sealed record TraceSummary(string Title, string Body, string Tags, int Version, bool Deleted, string[] Revisions, string[] Codes,
        string[] Files, string[] Feedback);

    private static async Task<List<TraceSummary>> DossierAsync(SillageApp app, Guid learnerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Sillage.Web.Data.SillageDb>();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var traces = await db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId).ToListAsync();
        var result = new List<TraceSummary>();
        foreach (var t in traces)
        {
            var revisions = await db.TraceRevisions.Where(r => r.TraceId == t.Id).OrderBy(r => r.Version).Select(r => r.Version + ":" + r.Title).ToArrayAsync();
            var codes = await db.TraceCompetenceLinks.Where(l => l.TraceId == t.Id).Join(db.FrameworkElements, l => l.ElementId, e => e.Id, (l, e) => e.Code + ":" + l.SelfLevel + ":" + l.Justification).ToArrayAsync();
            var files = new List<string>();
            foreach (var a in await db.Attachments.Where(a => a.TraceId == t.Id).ToListAsync())
            {
                await using var stream = (await store.OpenReadAsync(a.StorageKey))!;
                files.Add(a.FileName + ":" + Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
            }

            var feedback = await db.FeedbackComments.Where(c => c.TraceId == t.Id)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => (c.ImportedAuthorName ?? u.FirstName + " " + u.LastName) + ":" + c.Body + ":" + (c.ParentId != null) + ":" + c.Verdict)
                .ToArrayAsync();
            result.Add(new TraceSummary(t.Title, t.Body, t.Tags, t.Version, t.DeletedAt != null, revisions, [.. codes.Order()], [.. files.Order()], [.. feedback.Order()]));
        }

        return result.OrderBy(t => t.Title).ThenBy(t => t.Body).ToList();
    }

    [Fact]
    public async Task A_json_export_imported_into_an_empty_instance_reproduces_the_dossier()
    {
        var learnerId = await source.UserIdAsync(Accounts.Learner);
        var learner = await source.SignInAsync(Accounts.Learner);
        var zip = await source.ExportAsync(learner, "Json");

        var expected = await DossierAsync(source, learnerId);
        Assert.NotEmpty(expected);
        Assert.Contains(expected, t => t.Files.Length > 0);
        Assert.Contains(expected, t => t.Feedback.Length > 0);
        Assert.Contains(expected, t => t.Codes.Length > 0);

        var newcomer = await _target.FreshLearnerAsync("nouvelle@demo.sillage.test");
        var admin = await _target.SignInAsync(Accounts.Admin);
        var (job, result) = await _target.ImportAsync(admin, zip, "nouvelle@demo.sillage.test");
        Assert.True(job.Status == BackgroundJobStatus.Succeeded, job.Message);
        Assert.Contains($"{expected.Count} trace(s)", result.Text, StringComparison.Ordinal);
        Assert.False(await _target.UploadExistsAsync(job));

        var actual = await DossierAsync(_target, newcomer);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Title, actual[i].Title);
            Assert.Equal(expected[i].Body, actual[i].Body);
            Assert.Equal(expected[i].Tags, actual[i].Tags);
            Assert.Equal(expected[i].Version, actual[i].Version);
            Assert.Equal(expected[i].Deleted, actual[i].Deleted);
            Assert.Equal(expected[i].Revisions, actual[i].Revisions);
            Assert.Equal(expected[i].Codes, actual[i].Codes);
            Assert.Equal(expected[i].Files, actual[i].Files);
            Assert.Equal(expected[i].Feedback, actual[i].Feedback);
        }

        // The imported feedback is history: nobody can reply in its threads.
        var traceWithFeedback = await _target.WithDbAsync(db => db.FeedbackComments.Where(c => c.ParentId == null && c.ImportedAuthorName != null).Select(c => c.TraceId).FirstAsync());
        var newcomerClient = await _target.SignInAsync("nouvelle@demo.sillage.test");
        var trace = await newcomerClient.GetPageAsync($"/dossier/traces/{traceWithFeedback}");
        Assert.Contains("lecture seule", trace.Text, StringComparison.Ordinal);

        // A second import into the now non-empty dossier is refused.
        var page = await newcomerClient.GetPageAsync("/dossier/importer");
        var again = await (await newcomerClient.SubmitAsync(page, "form[enctype]", files: new() { ["Upload"] = ("export.zip", zip, "application/zip") })).ToPageAsync();
        Assert.Contains(again.Errors(), e => e.Contains("contient déjà des traces", StringComparison.Ordinal));
        Assert.Equal(expected.Count, await _target.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == newcomer)));
    }

    [Fact]
    public async Task A_malformed_import_fails_its_job_listing_the_path_of_every_problem_and_changes_nothing()
    {
        var learner = await source.SignInAsync(Accounts.Learner);
        var zip = await source.ExportAsync(learner, "Json");
        var newcomer = await _target.FreshLearnerAsync("vide@demo.sillage.test");
        var client = await _target.SignInAsync("vide@demo.sillage.test");

        async Task<IReadOnlyList<string>> ImportAsync(byte[] content)
        {
            var (job, page) = await _target.ImportAsync(client, content);
            Assert.Equal(BackgroundJobStatus.Failed, job.Status);
            Assert.False(await _target.UploadExistsAsync(job));
            var errors = page.FindAll("#job-report li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Contains($"{errors.Count} erreur(s)", page.Find("#job-status [role=alert]")!.TextContent, StringComparison.Ordinal);
            return errors;
        }

        // A wrong type of trace in the third trace.
        var errors = await ImportAsync(Exports.Rewrite(zip, m => m["traces"]![2]!["kind"] = "Poeme"));
        Assert.Contains(errors, e => e.Contains("$.traces[2].kind", StringComparison.Ordinal));

        // A compétence code the framework does not have.
        errors = await ImportAsync(Exports.Rewrite(zip, m => m["traces"]![0]!["competences"] = new JsonArray(new JsonObject { ["code"] = "Z9.9", ["justification"] = "", ["selfLevel"] = null })));
        Assert.Contains(errors, e => e.Contains("$.traces[0].competences[0].code", StringComparison.Ordinal) && e.Contains("Z9.9", StringComparison.Ordinal));

        // Two problems in one file: both listed.
        errors = await ImportAsync(Exports.Rewrite(zip, m =>
        {
            m["traces"]![0]!["version"] = 0;
            m["traces"]![1]!["competences"] = new JsonArray(new JsonObject { ["code"] = "Z9.8", ["justification"] = "", ["selfLevel"] = null });
        }));
        Assert.Contains(errors, e => e.Contains("$.traces[0].version", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.traces[1].competences[0].code", StringComparison.Ordinal) && e.Contains("Z9.8", StringComparison.Ordinal));

        // A missing title, and a tampered attachment.
        errors = await ImportAsync(Exports.Rewrite(zip, m => ((JsonObject)m["traces"]![1]!).Remove("title")));
        Assert.Contains(errors, e => e.Contains("title", StringComparison.Ordinal) && e.Contains("$.traces[1]", StringComparison.Ordinal));
        errors = await ImportAsync(Exports.Rewrite(zip, _ => { }, tamperFiles: true));
        Assert.Contains(errors, e => e.Contains("SHA-256", StringComparison.Ordinal));

        // Not a zip at all.
        errors = await ImportAsync(Encoding.UTF8.GetBytes("bonjour"));
        Assert.Contains(errors, e => e.Contains("archive zip", StringComparison.Ordinal));

        Assert.Equal(0, await _target.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == newcomer)));
        Assert.Equal(0, await _target.WithDbAsync(db => db.Attachments.CountAsync(a => db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == newcomer))));
    }
}
