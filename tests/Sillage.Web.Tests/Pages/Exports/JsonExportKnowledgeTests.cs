using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>
/// The savoirs associés a trace mobilises (<c>TraceKnowledgeLinks</c>) in the JSON export: each trace carries their
/// code and title, the manifest follows docs/export-format.schema.json, and a re-import links them again (an export
/// made before they were carried still imports).
/// </summary>
public sealed class JsonExportKnowledgeTests(SillageApp source) : IClassFixture<SillageApp>, IDisposable
{
    private readonly SillageApp _target = new();

    public void Dispose() => _target.Dispose();

    /// <summary>Links the learner's oldest trace to the first savoir associé of the framework; returns the trace's title and the savoir's code and title.</summary>
    private async Task<(string Trace, string Code, string Title)> LinkKnowledgeAsync(Guid learnerId) => await source.WithDbAsync(async db =>
    {
        var trace = await db.Traces.Where(t => t.LearnerId == learnerId && t.DeletedAt == null).OrderBy(t => t.CreatedAt).FirstAsync();
        var savoir = await db.FrameworkElements.Where(e => e.Kind == ElementKind.Knowledge && db.Cohorts.Any(c => c.FrameworkId == e.FrameworkId))
            .OrderBy(e => e.SortOrder).FirstAsync();
        db.TraceKnowledgeLinks.Add(new TraceKnowledgeLink { TraceId = trace.Id, ElementId = savoir.Id, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return (trace.Title, savoir.Code, savoir.Title);
    });

    private static JsonObject TraceNamed(JsonObject manifest, string title) =>
        manifest["traces"]!.AsArray().Select(t => t!.AsObject()).First(t => (string?)t["title"] == title);

    [Fact]
    public async Task Each_trace_carries_its_savoirs_associes_the_manifest_follows_the_schema_and_a_reimport_links_them_again()
    {
        var learnerId = await source.UserIdAsync(Accounts.Learner);
        var (title, code, savoirTitle) = await LinkKnowledgeAsync(learnerId);
        var zip = await source.ExportAsync(await source.SignInAsync(Accounts.Learner), "Json");

        var manifest = Exports.Manifest(zip);
        var knowledge = Assert.Single(TraceNamed(manifest, title)["knowledge"]!.AsArray())!;
        Assert.Equal(code, (string?)knowledge["code"]);
        Assert.Equal(savoirTitle, (string?)knowledge["title"]);
        Assert.All(manifest["traces"]!.AsArray().Where(t => (string?)t!["title"] != title), t => Assert.Empty(t!["knowledge"]!.AsArray()));

        var schema = JsonSchema.FromFile(Path.Combine(SourceTree.Root, "docs", "export-format.schema.json"));
        var result = schema.Evaluate(JsonDocument.Parse(manifest.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var newcomer = await _target.FreshLearnerAsync("savoirs@demo.sillage.test");
        var (job, _) = await _target.ImportAsync(await _target.SignInAsync(Accounts.Admin), zip, "savoirs@demo.sillage.test");
        Assert.True(job.Status == BackgroundJobStatus.Succeeded, job.Message);
        var imported = await _target.WithDbAsync(db => db.TraceKnowledgeLinks
            .Join(db.Traces, k => k.TraceId, t => t.Id, (k, t) => new { t.LearnerId, t.Title, k.ElementId })
            .Join(db.FrameworkElements, x => x.ElementId, e => e.Id, (x, e) => new { x.LearnerId, x.Title, e.Code })
            .Where(x => x.LearnerId == newcomer).Select(x => x.Title + ":" + x.Code).ToListAsync());
        Assert.Equal([$"{title}:{code}"], imported);
    }

    [Fact]
    public async Task An_unknown_savoir_associe_fails_the_import_with_its_path_and_an_export_without_savoirs_still_imports()
    {
        var zip = await source.ExportAsync(await source.SignInAsync(Accounts.Learner), "Json");
        var newcomer = await _target.FreshLearnerAsync("ancien.format@demo.sillage.test");
        var client = await _target.SignInAsync("ancien.format@demo.sillage.test");

        var (failed, page) = await _target.ImportAsync(client, Exports.Rewrite(zip, m => m["traces"]![0]!["knowledge"] = new JsonArray(new JsonObject { ["code"] = "Z9.9.9", ["title"] = null })));
        Assert.Equal(BackgroundJobStatus.Failed, failed.Status);
        Assert.Contains(page.FindAll("#job-report li").Select(li => li.TextContent), e => e.Contains("$.traces[0].knowledge[0].code", StringComparison.Ordinal)
            && e.Contains("le savoir associé « Z9.9.9 » n'existe pas", StringComparison.Ordinal));
        Assert.Equal(0, await _target.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == newcomer)));

        var older = Exports.Rewrite(zip, m =>
        {
            foreach (var trace in m["traces"]!.AsArray())
            {
                trace!.AsObject().Remove("knowledge");
            }
        });
        var (succeeded, _) = await _target.ImportAsync(client, older);
        Assert.True(succeeded.Status == BackgroundJobStatus.Succeeded, succeeded.Message);
        Assert.Equal(0, await _target.WithDbAsync(db => db.TraceKnowledgeLinks.CountAsync(k => db.Traces.Any(t => t.Id == k.TraceId && t.LearnerId == newcomer))));
    }
}
