using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Exports;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The session's table as CSV and XLSX (one row per candidate) and a candidate's record as PDF.</summary>
public sealed class CcfExportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_table_exports_one_row_per_candidate_with_marks_the_French_way()
    {
        var email = DemoSeeder.LearnerEmail(9);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 12.5m);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 12.5m);
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var name = await app.WithDbAsync(db => db.Users.Where(u => u.Id == learnerId).Select(u => u.LastName).SingleAsync());
        // The INE the SIECLE import stores goes to the export, for entry into the national exam system.
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == learnerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Ine, "070803070AJ")));
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var csv = await referent.GetAsync($"/certification/ccf/jury?cohorte={cohort}&handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nom;Prénom;Date de naissance;INE;E1;E2;E3;Moyenne;Décision", lines[0]);
        Assert.Equal(13, lines.Length);
        var row = lines.Single(l => l.StartsWith(name + ";", StringComparison.Ordinal));
        // E2 waits for the PFMP weeks: no average, the decision says why.
        Assert.Contains(";070803070AJ;12,5;12,5;12,5;;Bloquée", row, StringComparison.Ordinal);

        var xlsx = await referent.GetAsync($"/certification/ccf/jury?cohorte={cohort}&handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        var foreign = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/certification/ccf/jury?cohorte={cohort}&handler=Export&format=csv")).StatusCode);
        var learner = await app.SignInAsync(email);
        Assert.NotEqual(HttpStatusCode.OK, (await learner.GetAsync($"/certification/ccf/jury?cohorte={cohort}&handler=Export&format=csv")).StatusCode);
    }

    [Fact]
    public async Task A_candidate_s_record_prints_as_PDF()
    {
        var email = DemoSeeder.LearnerEmail(10);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 11m);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var pdf = await teacher.GetAsync($"/certification/ccf/jury/{learnerId}?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task The_learner_s_portfolio_export_holds_their_CCF_record_once_decided()
    {
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.LearnerEmail(3)).Select(u => u.Id).SingleAsync());
        Assert.Null(await CcfEntryAsync(learnerId));

        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            db.CcfJuryDecisions.Add(new CcfJuryDecision
            {
                CohortId = cohort.Id, LearnerId = learnerId, Outcome = CcfOutcome.Passed, ProposedOutcome = CcfOutcome.Passed, Average = 12.5m, ProposedAverage = 12.5m,
                MarksJson = """[{"Code":"E1","Coefficient":6,"Mark":12.5,"Blocked":false}]""", DecidedAt = app.Clock.GetUtcNow().UtcDateTime, DecidedById = learnerId,
            });
            await db.SaveChangesAsync();
        });
        var json = await CcfEntryAsync(learnerId);
        Assert.NotNull(json);
        Assert.Matches("\"decision\":\\s*\"Passed\"", json);
        Assert.Contains("\"E1\"", json, StringComparison.Ordinal);
    }

    /// <summary>The ccf-jury.json of the learner's JSON export, as the export job writes it; null when absent.</summary>
    private async Task<string?> CcfEntryAsync(Guid learnerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var data = (await DossierData.LoadAsync(db, learnerId, includeDeleted: false, scope.ServiceProvider.GetRequiredService<SchoolClock>(), CancellationToken.None))!;
        var writer = scope.ServiceProvider.GetServices<IExportWriter>().Single(w => w.Format == Sillage.Domain.Portfolio.ExportFormat.Json);
        using var output = new MemoryStream();
        await writer.WriteAsync(data, output, ExportProgress.None, CancellationToken.None);
        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        if (zip.GetEntry("ccf-jury.json") is not { } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return await reader.ReadToEndAsync();
    }
}
