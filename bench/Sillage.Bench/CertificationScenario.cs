using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Pages.Certification;

namespace Sillage.Bench;

/// <summary>
/// A certification dossier holding all 300 traces of a learner (the portfolio scenario's data), frozen: times the
/// dossier page and the frozen dossier's page, and reports in the description how long freezing and printing the
/// PDF took (the PDF is printed once, then served from the file store, so repeated requests would not time it).
/// </summary>
public static class CertificationScenario
{
    public static async Task<ScenarioContext> RunAsync(BenchApp app, string scale, Func<BenchApp, string, Task<(Guid Learner, Guid Trace)>> fill)
    {
        var (learner, _) = await fill(app, scale);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Sillage.Web.Data.SillageDb>();
        var cohortId = await db.CohortMembers.Where(m => m.PersonId == learner).Select(m => m.CohortId).FirstAsync();
        var frameworkId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FrameworkId).SingleAsync();
        var block = await db.FrameworkElements.SingleAsync(e => e.FrameworkId == frameworkId && e.Kind == ElementKind.Block && e.Code == "B3");
        var traces = await db.Traces.Where(t => t.LearnerId == learner && t.DeletedAt == null).Select(t => t.Id).ToListAsync();
        var now = DateTime.UtcNow;
        var dossier = new CertificationDossier { LearnerId = learner, CohortId = cohortId, BlockId = block.Id, CreatedAt = now, UpdatedAt = now };
        foreach (var trace in traces)
        {
            dossier.Add(DossierItemKind.Trace, trace, null, null, now);
        }

        db.CertificationDossiers.Add(dossier);
        await db.SaveChangesAsync();

        var watch = Stopwatch.StartNew();
        var view = await DossierView.LoadAsync(db, dossier, DateOnly.FromDateTime(now));
        var snapshot = await scope.ServiceProvider.GetRequiredService<SnapshotFreezer>().FreezeAsync(view);
        var freeze = watch.Elapsed;
        watch.Restart();
        await using (var pdf = await scope.ServiceProvider.GetRequiredService<SnapshotPdf>().OpenAsync(snapshot))
        {
            Console.WriteLine($"  PDF of {traces.Count} pieces: {pdf.Length / 1024} KiB");
        }

        var print = watch.Elapsed;
        return new ScenarioContext(Accounts.Learner,
            $"dossier of {traces.Count} traces; freeze {freeze.TotalSeconds:0.00} s, first PDF print {print.TotalSeconds:0.00} s",
        [
            ("dossier page (/certification/dossiers/{id})", $"/certification/dossiers/{dossier.Id}"),
            ("frozen dossier (/certification/instantanes/{id})", $"/certification/instantanes/{snapshot.Id}"),
            ("stored PDF download", $"/certification/instantanes/{snapshot.Id}/telecharger/pdf"),
        ]);
    }
}
