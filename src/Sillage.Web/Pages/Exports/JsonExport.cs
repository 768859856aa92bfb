using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Exports;

/// <summary>Writes the complete JSON export: a zip of <c>files/…</c> (the attachments, streamed one by one from
/// the file store), <c>ccf-jury.json</c> (the CCF jury's decisions, once taken) and <c>manifest.json</c> (written last, with each file's SHA-256 computed while copying).</summary>
public sealed class JsonExport(IFileStore files, SillageDb db) : IExportWriter
{
    public ExportFormat Format => ExportFormat.Json;

    public string Extension => "zip";

    public string ContentType => "application/zip";

    public async Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var hashes = new Dictionary<Guid, (string Sha256, long Size)>();
        var done = 0;
        foreach (var trace in data.Traces)
        {
            foreach (var attachment in trace.Attachments)
            {
                await using var source = await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
                if (source is null)
                {
                    continue;
                }

                var entry = zip.CreateEntry(PathOf(attachment), CompressionLevel.Fastest);
                await using var target = await entry.OpenAsync(cancellationToken);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                long size = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                hashes[attachment.Id] = (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
            }

            await progress.TraceDoneAsync(++done, data.Traces.Count);
        }

        await WriteCcfRecordAsync(zip, data.Learner.Id, cancellationToken);
        var manifest = ToManifest(data, hashes);
        var manifestEntry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
        await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(stream, manifest, PortfolioManifest.Json, cancellationToken);
        }
    }

    /// <summary>The learner's CCF record once the jury decided (ccf-jury.json): each decision with the épreuves'
    /// marks and coefficients it was taken on. Nothing before the decision.</summary>
    private async Task WriteCcfRecordAsync(ZipArchive zip, Guid learnerId, CancellationToken cancellationToken)
    {
        var decisions = await db.CcfJuryDecisions.AsNoTracking().Where(d => d.LearnerId == learnerId).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        if (decisions.Count == 0)
        {
            return;
        }

        var record = new JsonArray(decisions.Select(d => (JsonNode)new JsonObject
        {
            ["decidedAt"] = d.DecidedAt,
            ["decision"] = d.Outcome.ToString(),
            ["average"] = d.Average,
            ["proposedDecision"] = d.ProposedOutcome.ToString(),
            ["proposedAverage"] = d.ProposedAverage,
            ["reason"] = d.Reason,
            ["exams"] = JsonNode.Parse(d.MarksJson),
        }).ToArray());
        var entry = zip.CreateEntry("ccf-jury.json", CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(stream, record, PortfolioManifest.Json, cancellationToken);
    }

    public static string PathOf(Attachment attachment) => $"files/{attachment.Id:N}.{attachment.Extension.ToLowerInvariant()}";

    private static PortfolioManifest ToManifest(DossierData data, Dictionary<Guid, (string Sha256, long Size)> hashes) => new()
    {
        Format = PortfolioManifest.FormatName,
        FormatVersion = PortfolioManifest.CurrentVersion,
        ExportedAt = data.ExportedAt,
        Learner = new() { FirstName = data.Learner.FirstName, LastName = data.Learner.LastName, Email = data.Learner.Email },
        Framework = data.Framework is { } f ? new() { Code = f.Code, Version = f.Version, Title = f.Title } : null,
        Traces = data.Traces.Select(t => new PortfolioManifest.TraceEntry
        {
            Id = t.Trace.Id, Title = t.Trace.Title, Kind = t.Trace.Kind, ActivityDate = t.Trace.ActivityDate, Context = t.Trace.Context,
            ContextLabel = t.Trace.ContextLabel, Body = t.Trace.Body, Tags = TraceTags.Parse(t.Trace.Tags), Version = t.Trace.Version,
            CreatedAt = t.Trace.CreatedAt, UpdatedAt = t.Trace.UpdatedAt, DeletedAt = t.Trace.DeletedAt,
            Revisions = t.Revisions.Select(r => new PortfolioManifest.RevisionEntry
            {
                Version = r.Version, SavedAt = r.SavedAt, Title = r.Title, Kind = r.Kind, ActivityDate = r.ActivityDate, Context = r.Context,
                ContextLabel = r.ContextLabel, Body = r.Body, Tags = TraceTags.Parse(r.Tags),
            }).ToList(),
            Competences = t.Links.Select(l => new PortfolioManifest.CompetenceEntry
            {
                Code = l.Code, Title = l.Title, Justification = l.Justification, SelfLevel = l.SelfLevel,
            }).ToList(),
            Knowledge = t.Knowledge.Select(k => new PortfolioManifest.KnowledgeEntry { Code = k.Code, Title = k.Title }).ToList(),
            Attachments = t.Attachments.Where(a => hashes.ContainsKey(a.Id)).Select(a => new PortfolioManifest.AttachmentEntry
            {
                Id = a.Id, FileName = a.FileName, ContentType = a.ContentType, Size = hashes[a.Id].Size, Sha256 = hashes[a.Id].Sha256,
                Path = PathOf(a), UploadedAt = a.UploadedAt, DeletedAt = a.DeletedAt,
            }).ToList(),
            Feedback = t.Feedback.Select(c => new PortfolioManifest.FeedbackEntry
            {
                Id = c.Comment.Id, ParentId = c.Comment.ParentId, Author = c.AuthorName, ByStaff = c.Comment.ByStaff, Body = c.Comment.Body,
                Quote = c.Comment.Quote, TraceVersion = c.Comment.TraceVersion, Verdict = c.Comment.Verdict, CreatedAt = c.Comment.CreatedAt,
                ResolvedAt = c.Comment.ResolvedAt,
            }).ToList(),
        }).ToList(),
    };
}
