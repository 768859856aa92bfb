using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Exports;

public sealed class BadgeExportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_validated_bloc_gives_an_open_badges_3_credential_aligned_to_its_competences()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var teacherId = await app.UserIdAsync(Accounts.Teacher);
        var competenceCodes = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == Sillage.Web.Data.Demo.DemoSeeder.CohortName);
            var blocks = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block).OrderBy(e => e.SortOrder).ToListAsync();
            var block = blocks.First();
            var competences = await db.FrameworkElements.Where(e => e.ParentId == block.Id && e.Kind == ElementKind.Competence).ToListAsync();
            var top = await db.PositioningLevels.Where(l => l.FrameworkId == cohort.FrameworkId).MaxAsync(l => (int?)l.Rank) ?? 4;
            foreach (var competence in competences)
            {
                db.Assessments.Add(new Assessment
                {
                    LearnerId = learnerId, CohortId = cohort.Id, ElementId = competence.Id, AssessorId = teacherId, AssessorRole = AssessorRole.Teacher,
                    Level = top, Context = AssessmentContext.Other, ObservedOn = new DateOnly(2026, 12, 31), RecordedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
            return (block.Code, competences.Select(c => c.Code).ToList());
        });

        var zip = await app.ExportAsync(await app.SignInAsync(Accounts.Learner), "Badges");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = archive.Entries.Single(e => e.FullName.StartsWith("badges/", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        var credential = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal("https://www.w3.org/ns/credentials/v2", (string)credential["@context"]![0]!);
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], credential["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["Profile"], credential["issuer"]!["type"]!.AsArray().Select(t => (string)t!));
        Assert.False(string.IsNullOrEmpty((string?)credential["issuer"]!["name"]));
        Assert.NotNull(credential["validFrom"]);
        var achievement = credential["credentialSubject"]!["achievement"]!;
        Assert.Equal("Competency", (string)achievement["achievementType"]!);
        Assert.Contains(competenceCodes.Code, (string)achievement["name"]!, StringComparison.Ordinal);
        var alignments = achievement["alignment"]!.AsArray();
        Assert.Equal(competenceCodes.Item2.Order(), alignments.Select(a => (string)a!["targetCode"]!).Order());
        Assert.All(alignments, a => Assert.Equal("MC SNO", (string)a!["targetFramework"]!));
        Assert.All(credential["evidence"]!.AsArray(), e => Assert.Contains("/dossier/traces/", (string)e!["id"]!, StringComparison.Ordinal));
        Assert.Single(archive.Entries, e => e.FullName.StartsWith("badges/", StringComparison.Ordinal));
    }
}
