using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Certification;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Pages.Certification.Ccf;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Open Badges 3.0 credentials (the Verifiable Credentials data model) for each bloc a jury validated (see
/// <see cref="BlockValidation"/>: the latest decision on the bloc — a closed exam session whose proposals are all
/// favourable, or a favourable CCF jury decision — is favourable): issuer = the establishment, achievement of type "Competency" aligned to each
/// compétence code of the bloc (targetFramework "MC SNO"), evidence = the learner's traces on the bloc. One JSON
/// file per bloc in a zip, and the same credential signed as VC-JWT (<see cref="BadgeSigning"/>).
/// </summary>
public sealed class BadgeExport(SillageDb db, BadgeSigning signing, PublicAddress address, SchoolClock clock, CcfPlans plans) : IExportWriter
{
    public const string TargetFramework = "MC SNO";

    public ExportFormat Format => ExportFormat.Badges;

    public string Extension => "zip";

    public string ContentType => "application/zip";

    /// <summary>The public address of the platform (<c>App:PublicUrl</c>), without a trailing slash.</summary>
    private string BaseUrl => address.Root;

    public async Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var badges = await CredentialsAsync(data, cancellationToken);
        foreach (var (code, credential) in badges)
        {
            await using (var stream = await zip.CreateEntry($"badges/{ExportJob.Slug(code)}.json").OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(stream, credential, new JsonSerializerOptions { WriteIndented = true }, cancellationToken);
            }

            // The same credential signed as VC-JWT (ES256): verifiable with the key published at /.well-known/jwks.json.
            var jwt = await signing.SignAsync(credential.ToJsonString(), cancellationToken);
            await using var signed = new StreamWriter(await zip.CreateEntry($"badges/{ExportJob.Slug(code)}.jwt").OpenAsync(cancellationToken));
            await signed.WriteAsync(jwt);
        }

        await using var readme = new StreamWriter(await zip.CreateEntry("LISEZMOI.txt").OpenAsync(cancellationToken));
        await readme.WriteAsync(badges.Count == 0
            ? "Aucun bloc n'est encore validé : un bloc l'est quand le jury de son épreuve a proposé une décision favorable (tous ses membres), une fois la session d'examen close, ou quand le jury du CCF a pris une décision favorable.\n"
            : $"{badges.Count} attestation(s) Open Badges 3.0, une par bloc validé : .json (lisible) et .jwt (la même, signée ; clé publique : {BaseUrl}/.well-known/jwks.json).\n");
        await progress.StepAsync(90, new Message("{0} badge(s)", badges.Count));
    }

    /// <summary>The credentials of the blocs a jury validated (<see cref="BlockValidation.Decide"/>: exam sessions and CCF
    /// decisions, the latest deciding). Read from the sessions and decisions, not from the current cohort: a learner
    /// whose cohort is archived keeps their badges.</summary>
    public async Task<IReadOnlyList<(string Code, JsonObject Credential)>> CredentialsAsync(DossierData data, CancellationToken cancellationToken)
    {
        var proposals = (await db.ExamCandidates.AsNoTracking().Where(c => c.LearnerId == data.Learner.Id)
                .Join(db.ExamSessions, c => c.SessionId, s => s.Id, (c, s) => new { c.Id, s.BlockId, SessionId = s.Id, s.Title, s.EndsAt })
                .Join(db.JuryEvaluations, c => c.Id, e => e.CandidateId, (c, e) => new { c.BlockId, c.SessionId, c.Title, c.EndsAt, e.Decision })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.BlockId);
        var ccf = (await CcfVerdictsAsync(data.Learner.Id, cancellationToken)).ToLookup(v => v.BlockId);
        var now = clock.GetUtcNow().UtcDateTime;
        var validated = proposals.Select(g => g.Key).Union(ccf.Select(g => g.Key))
            .Select(blockId => (BlockId: blockId, Deciding: BlockValidation.Decide(
                proposals[blockId].Select(p => new BlockValidation.Proposal(p.SessionId, p.EndsAt, p.Decision)), ccf[blockId].Select(v => v.Verdict), now)))
            .Where(x => x.Deciding is { Validated: true })
            .Select(x => (x.BlockId, Criteria: x.Deciding!.FromCcf
                ? $"Décision favorable du jury du contrôle en cours de formation (CCF), le {SchoolDate(x.Deciding.At)}, sur les épreuves du diplôme."
                : $"Proposition favorable de tous les membres du jury de la session d'examen « {proposals[x.BlockId].First(p => p.SessionId == x.Deciding.Id).Title} », close le "
                  + $"{SchoolDate(x.Deciding.At)}, sur le dossier de certification du bloc."))
            .ToList();
        if (validated.Count == 0)
        {
            return [];
        }

        var issuerName = await db.Users.Where(u => u.Id == data.Learner.Id)
            .Join(db.Establishments, u => u.EstablishmentId, e => e.Id, (_, e) => e.Name).FirstOrDefaultAsync(cancellationToken) ?? "Sillage";
        var blockIds = validated.Select(v => v.BlockId).ToList();
        var blocks = (await db.FrameworkElements.AsNoTracking().Where(e => blockIds.Contains(e.Id))
                .Join(db.Frameworks, e => e.FrameworkId, f => f.Id, (e, f) => new BlockInfo(e.Id, e.Code, e.Title, e.SortOrder, f.Id, f.ShortTitle ?? f.Title, f.Version))
                .ToListAsync(cancellationToken))
            .ToDictionary(b => b.Id);
        var result = new List<(string, JsonObject)>();
        foreach (var (blockId, criteria) in validated.Where(v => blocks.ContainsKey(v.BlockId)).OrderBy(v => blocks[v.BlockId].SortOrder))
        {
            var block = blocks[blockId];
            var elements = await Pages.Certification.DossierView.BlockElementsAsync(db, blockId, cancellationToken);
            var elementIds = elements.Select(e => e.Id).ToHashSet();
            var competences = elements.Where(e => e.Kind == ElementKind.Competence).ToList();
            var evidence = data.Visible.Where(t => t.Links.Any(l => elementIds.Contains(l.ElementId))).ToList();
            result.Add((block.Code, Credential(data, issuerName, block, competences, evidence, criteria)));
        }

        return result;
    }

    /// <summary>The learner's CCF jury decisions, once per bloc of an épreuve of their cohort's plan.</summary>
    private async Task<List<(Guid BlockId, BlockValidation.CcfVerdict Verdict)>> CcfVerdictsAsync(Guid learnerId, CancellationToken cancellationToken)
    {
        var decisions = await db.CcfJuryDecisions.AsNoTracking().Where(d => d.LearnerId == learnerId)
            .Join(db.Cohorts, d => d.CohortId, c => c.Id, (d, c) => new { d.Id, d.DecidedAt, d.Outcome, c.FrameworkId }).ToListAsync(cancellationToken);
        var verdicts = new List<(Guid, BlockValidation.CcfVerdict)>();
        foreach (var decision in decisions)
        {
            var codes = (await plans.ForFrameworkAsync(decision.FrameworkId)).Exams.Select(e => e.BlockCode).OfType<string>().ToList();
            var blockIds = await db.FrameworkElements.Where(e => e.FrameworkId == decision.FrameworkId && e.Kind == ElementKind.Block && codes.Contains(e.Code))
                .Select(e => e.Id).ToListAsync(cancellationToken);
            verdicts.AddRange(blockIds.Select(id => (id, new BlockValidation.CcfVerdict(decision.Id, decision.DecidedAt, decision.Outcome))));
        }

        return verdicts;
    }

    private string SchoolDate(DateTime utc) => clock.ToSchoolTime(utc).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record BlockInfo(Guid Id, string Code, string Title, int SortOrder, Guid FrameworkId, string FrameworkTitle, string FrameworkVersion);

    private JsonObject Credential(DossierData data, string issuerName, BlockInfo block, IEnumerable<CoverageElement> competences,
        IEnumerable<DossierData.TraceData> evidence, string criteria) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        ["id"] = $"urn:uuid:{Guid.NewGuid()}",
        ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
        ["name"] = $"{block.Code} — {block.Title}",
        ["issuer"] = new JsonObject
        {
            ["id"] = $"{BaseUrl}/",
            ["type"] = new JsonArray("Profile"),
            ["name"] = issuerName,
        },
        ["validFrom"] = data.ExportedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = $"urn:uuid:{data.Learner.Id}",
            ["type"] = new JsonArray("AchievementSubject"),
            ["achievement"] = new JsonObject
            {
                ["id"] = $"{BaseUrl}/referentiel/{block.FrameworkId}#{block.Code}",
                ["type"] = new JsonArray("Achievement"),
                ["achievementType"] = "Competency",
                ["name"] = $"{block.Code} — {block.Title}",
                ["description"] = $"Bloc de compétences {block.Code} du référentiel {block.FrameworkTitle} ({block.FrameworkVersion}).",
                ["criteria"] = new JsonObject
                {
                    ["narrative"] = criteria,
                },
                ["alignment"] = new JsonArray(competences.Select(c => (JsonNode)new JsonObject
                {
                    ["type"] = new JsonArray("Alignment"),
                    ["targetName"] = c.Title,
                    ["targetUrl"] = $"{BaseUrl}/referentiel/{block.FrameworkId}#{c.Code}",
                    ["targetCode"] = c.Code,
                    ["targetFramework"] = TargetFramework,
                    ["targetType"] = "CFItem",
                }).ToArray()),
            },
        },
        ["evidence"] = new JsonArray(evidence.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = $"{BaseUrl}/dossier/traces/{t.Trace.Id}",
            ["type"] = new JsonArray("Evidence"),
            ["name"] = t.Trace.Title,
            ["description"] = ExportText.Kind(t.Trace.Kind) + " du " + t.Trace.ActivityDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray()),
    };
}
