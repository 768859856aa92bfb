using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Open Badges 3.0 credentials (the Verifiable Credentials data model) for each validated bloc (see
/// <see cref="BlockValidation"/>): issuer = the establishment, achievement of type "Competency" aligned to each
/// compétence code of the bloc (targetFramework "MC SNO"), evidence = the learner's traces on the bloc. One JSON
/// file per bloc in a zip, and the same credential signed as VC-JWT (<see cref="BadgeSigning"/>).
/// </summary>
public sealed class BadgeExport(SillageDb db, BadgeSigning signing) : IExportWriter
{
    public const string TargetFramework = "MC SNO";

    public ExportFormat Format => ExportFormat.Badges;

    public string Extension => "zip";

    public string ContentType => "application/zip";

    /// <summary>The public address of the platform (from the request that asked for the export).</summary>
    public string BaseUrl { get; set; } = "https://sillage.invalid";

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
            ? "Aucun bloc n'est encore validé : un bloc l'est quand toutes ses compétences sont au moins « acquises » selon le suivi des enseignants.\n"
            : $"{badges.Count} attestation(s) Open Badges 3.0, une par bloc validé : .json (lisible) et .jwt (la même, signée ; clé publique : {BaseUrl}/.well-known/jwks.json).\n");
        await progress.StepAsync(90, $"{badges.Count} badge(s)");
    }

    public async Task<IReadOnlyList<(string Code, JsonObject Credential)>> CredentialsAsync(DossierData data, CancellationToken cancellationToken)
    {
        var cohortId = await db.CohortMembers.Where(m => m.PersonId == data.Learner.Id && m.Role == CohortRole.Learner)
            .Join(db.Cohorts.Where(c => !c.Archived), m => m.CohortId, c => c.Id, (_, c) => c)
            .OrderByDescending(c => c.SchoolYear).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var suivi = cohortId is null ? null : await CohortSuivi.LoadAsync(db, cohortId.Value, data.Learner.Id, cancellationToken);
        if (suivi is null)
        {
            return [];
        }

        var issuerName = await db.Users.Where(u => u.Id == data.Learner.Id)
            .Join(db.Establishments, u => u.EstablishmentId, e => e.Id, (_, e) => e.Name).FirstOrDefaultAsync(cancellationToken) ?? "Sillage";
        var elements = data.Blocks.SelectMany(b => b.Elements).ToList();
        var result = new List<(string, JsonObject)>();
        foreach (var block in suivi.Blocks)
        {
            var competences = suivi.Children(block).Where(c => c.Kind == ElementKind.Competence).ToList();
            var levels = competences.Select(c => suivi.CompetenceLevel(data.Learner.Id, c).Level).ToList();
            if (!BlockValidation.IsValidated(levels, suivi.AcquiredRank))
            {
                continue;
            }

            var evidence = competences
                .SelectMany(c => elements.Where(e => e.Id == c.Id).SelectMany(e => data.Supporting(e, elements)))
                .DistinctBy(t => t.Trace.Id).ToList();
            result.Add((block.Code, Credential(data, issuerName, block, competences, evidence)));
        }

        return result;
    }

    private JsonObject Credential(DossierData data, string issuerName, CohortSuivi.Element block, IEnumerable<CohortSuivi.Element> competences,
        IEnumerable<DossierData.TraceData> evidence) => new()
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
                ["id"] = $"{BaseUrl}/referentiel/{data.Framework?.Id}#{block.Code}",
                ["type"] = new JsonArray("Achievement"),
                ["achievementType"] = "Competency",
                ["name"] = $"{block.Code} — {block.Title}",
                ["description"] = $"Bloc de compétences {block.Code} du référentiel {data.Framework?.Title} ({data.Framework?.Version}).",
                ["criteria"] = new JsonObject
                {
                    ["narrative"] = "Toutes les compétences du bloc sont au moins au niveau « acquis » selon le suivi formatif des enseignants (positionnements, règle de l'état courant de Sillage).",
                },
                ["alignment"] = new JsonArray(competences.Select(c => (JsonNode)new JsonObject
                {
                    ["type"] = new JsonArray("Alignment"),
                    ["targetName"] = c.Title,
                    ["targetUrl"] = $"{BaseUrl}/referentiel/{data.Framework?.Id}#{c.Code}",
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
