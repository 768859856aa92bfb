using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Certification;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Open Badges 3.0 credentials (the Verifiable Credentials data model) for each bloc the jury validated (see
/// <see cref="BlockValidation"/>: every proposal of the latest closed exam session of the bloc favourable): issuer = the establishment, achievement of type "Competency" aligned to each
/// compétence code of the bloc (targetFramework "MC SNO"), evidence = the learner's traces on the bloc. One JSON
/// file per bloc in a zip, and the same credential signed as VC-JWT (<see cref="BadgeSigning"/>).
/// </summary>
public sealed class BadgeExport(SillageDb db, BadgeSigning signing, PublicAddress address, SchoolClock clock) : IExportWriter
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
            ? "Aucun bloc n'est encore validé : un bloc l'est quand le jury de son épreuve a proposé une décision favorable (tous ses membres), une fois la session d'examen close.\n"
            : $"{badges.Count} attestation(s) Open Badges 3.0, une par bloc validé : .json (lisible) et .jwt (la même, signée ; clé publique : {BaseUrl}/.well-known/jwks.json).\n");
        await progress.StepAsync(90, new Message("{0} badge(s)", badges.Count));
    }

    /// <summary>The credentials of the blocs the jury validated. Read from the exam sessions, not from the current
    /// cohort: a learner whose cohort is archived keeps their badges.</summary>
    public async Task<IReadOnlyList<(string Code, JsonObject Credential)>> CredentialsAsync(DossierData data, CancellationToken cancellationToken)
    {
        var proposals = (await db.ExamCandidates.AsNoTracking().Where(c => c.LearnerId == data.Learner.Id)
                .Join(db.ExamSessions, c => c.SessionId, s => s.Id, (c, s) => new { c.Id, s.BlockId, SessionId = s.Id, s.Title, s.EndsAt })
                .Join(db.JuryEvaluations, c => c.Id, e => e.CandidateId, (c, e) => new { c.BlockId, c.SessionId, c.Title, c.EndsAt, e.Decision })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.BlockId);
        var now = clock.GetUtcNow().UtcDateTime;
        var validated = proposals
            .Select(group => (BlockId: group.Key, Decisions: group.Select(p => new BlockValidation.Proposal(p.SessionId, p.EndsAt, p.Decision)).ToList()))
            .Where(x => BlockValidation.IsValidated(x.Decisions, now))
            .Select(x => (x.BlockId, Session: proposals[x.BlockId].First(p => p.SessionId == BlockValidation.DecidingSession(x.Decisions, now))))
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
        foreach (var (blockId, session) in validated.Where(v => blocks.ContainsKey(v.BlockId)).OrderBy(v => blocks[v.BlockId].SortOrder))
        {
            var block = blocks[blockId];
            var elements = await Pages.Certification.DossierView.BlockElementsAsync(db, blockId, cancellationToken);
            var elementIds = elements.Select(e => e.Id).ToHashSet();
            var competences = elements.Where(e => e.Kind == ElementKind.Competence).ToList();
            var evidence = data.Visible.Where(t => t.Links.Any(l => elementIds.Contains(l.ElementId))).ToList();
            var criteria = $"Proposition favorable de tous les membres du jury de la session d'examen « {session.Title} », close le "
                           + $"{clock.ToSchoolTime(session.EndsAt).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}, sur le dossier de certification du bloc.";
            result.Add((block.Code, Credential(data, issuerName, block, competences, evidence, criteria)));
        }

        return result;
    }

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
