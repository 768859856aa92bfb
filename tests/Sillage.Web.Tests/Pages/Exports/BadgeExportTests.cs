using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Exports;

public sealed class BadgeExportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Formative_levels_alone_give_no_badge_nor_does_a_jury_asking_to_complete()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var (blockId, blockCode, _) = await PositionWholeBlockAsync(app, learnerId, blockIndex: 1);
        Assert.Empty(await BadgeFilesAsync(blockCode));

        await JuryProposesAsync(app, learnerId, blockId, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1), JuryDecision.Favorable, JuryDecision.ToComplete);
        Assert.Empty(await BadgeFilesAsync(blockCode));

        // A session still open decides nothing yet.
        await JuryProposesAsync(app, learnerId, blockId, app.Clock.GetUtcNow().UtcDateTime.AddDays(1), JuryDecision.Favorable);
        Assert.Empty(await BadgeFilesAsync(blockCode));
    }

    [Fact]
    public async Task A_bloc_the_jury_validated_gives_an_open_badges_3_credential_aligned_to_its_competences()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var (blockId, blockCode, codes) = await PositionWholeBlockAsync(app, learnerId, blockIndex: 0);
        await JuryProposesAsync(app, learnerId, blockId, app.Clock.GetUtcNow().UtcDateTime.AddDays(-2), JuryDecision.Favorable);
        var competenceCodes = (Code: blockCode, codes);

        var zip = await app.ExportAsync(await app.SignInAsync(Accounts.Learner), "Badges");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = archive.Entries.Single(e => e.FullName.StartsWith("badges/", StringComparison.Ordinal) && e.FullName.EndsWith(".json", StringComparison.Ordinal)
                                                && e.FullName == $"badges/{Sillage.Web.Pages.Exports.ExportJob.Slug(competenceCodes.Code)}.json");
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
        Assert.Contains("Session de test", (string)achievement["criteria"]!["narrative"]!, StringComparison.Ordinal);
        Assert.All(credential["evidence"]!.AsArray(), e => Assert.Contains("/dossier/traces/", (string)e!["id"]!, StringComparison.Ordinal));

        // The signed copy verifies with the published key, and a tampered copy does not.
        using var jwtReader = new StreamReader(archive.Entries.Single(e => e.FullName == entry.FullName.Replace(".json", ".jwt", StringComparison.Ordinal)).Open());
        var jwt = await jwtReader.ReadToEndAsync();
        var keys = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await app.Anonymous().GetStringAsync("/.well-known/jwks.json"));
        var parameters = new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(), ValidateIssuer = false, ValidateAudience = false, ValidateLifetime = false, RequireExpirationTime = false,
        };
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var valid = await handler.ValidateTokenAsync(jwt, parameters);
        Assert.True(valid.IsValid, valid.Exception?.Message);
        var parts = jwt.Split('.');
        Assert.Contains("OpenBadgeCredential", Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]), StringComparison.Ordinal);
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(competenceCodes.Code, "Z9", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        Assert.False((await handler.ValidateTokenAsync(tampered, parameters)).IsValid);
    }

    /// <summary>The badge files of one bloc in the learner's export.</summary>
    private async Task<IReadOnlyList<string>> BadgeFilesAsync(string blockCode)
    {
        var zip = await app.ExportAsync(await app.SignInAsync(Accounts.Learner), "Badges");
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Select(e => e.FullName).Where(n => n.StartsWith($"badges/{Sillage.Web.Pages.Exports.ExportJob.Slug(blockCode)}.", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The teacher puts every compétence of a bloc at the top of the scale: the formative view says "acquis".</summary>
    internal static Task<(Guid BlockId, string BlockCode, List<string> Codes)> PositionWholeBlockAsync(SillageApp app, Guid learnerId, int blockIndex) => app.WithDbAsync(async db =>
    {
        var teacherId = await db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync();
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == Sillage.Web.Data.Demo.DemoSeeder.CohortName);
        var blocks = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block).OrderBy(e => e.SortOrder).ToListAsync();
        var block = blocks[blockIndex];
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
        return (block.Id, block.Code, competences.Select(c => c.Code).ToList());
    });

    /// <summary>A session of the bloc ending at <paramref name="endsAt"/>, the learner a candidate, one grid per decision.</summary>
    internal static Task JuryProposesAsync(SillageApp app, Guid learnerId, Guid blockId, DateTime endsAt, params JuryDecision[] decisions) => app.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == Sillage.Web.Data.Demo.DemoSeeder.CohortName);
        // One grid per jury member: the demo jury member, then other staff sitting on the commission.
        string[] members = [Accounts.Jury, Accounts.Teacher, Accounts.Coordinator];
        var jurors = await db.Users.Where(u => members.Contains(u.Email)).OrderBy(u => u.Email == Accounts.Jury ? 0 : 1).Select(u => u.Id).ToListAsync();
        var session = new ExamSession { CohortId = cohort.Id, BlockId = blockId, Title = "Session de test", StartsAt = endsAt.AddDays(-3), EndsAt = endsAt };
        var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = learnerId, Number = "T-001" };
        session.Candidates.Add(candidate);
        db.ExamSessions.Add(session);
        for (var i = 0; i < decisions.Length; i++)
        {
            db.JuryEvaluations.Add(new JuryEvaluation { CandidateId = candidate.Id, JurorId = jurors[i], Decision = decisions[i], UpdatedAt = endsAt.AddDays(-1) });
        }

        await db.SaveChangesAsync();
    });
}
