using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// Submission: checks the référent's minimum, then freezes the dossier — the current content of every selected
/// trace (text, metadata, competence links), copies of their files and of the documents under the snapshot's own
/// keys, the positionnements at that date and the coverage — as canonical JSON with its SHA-256 fingerprint.
/// Later edits or deletions of the traces do not reach the snapshot. Files are copied before the database commit:
/// a failed commit leaves only unreferenced copies behind.
/// </summary>
public sealed class SnapshotFreezer(SillageDb db, IFileStore store, TimeProvider clock, AuditLog audit)
{
    public async Task<DossierSnapshot> FreezeAsync(DossierView view, CancellationToken cancellationToken = default)
    {
        var dossier = view.Dossier;
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshotId = Guid.CreateVersion7();
        var prefix = DossierSnapshot.StoragePrefixFor(snapshotId);
        var fileNumber = 0;

        var learner = await db.Users.AsNoTracking().Where(u => u.Id == dossier.LearnerId)
            .Select(u => new SnapshotDocument.Person(u.Id, u.FirstName, u.LastName)).SingleAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == dossier.CohortId)
            .Join(db.Frameworks, c => c.FrameworkId, f => f.Id, (c, f) => new SnapshotDocument.CohortInfo(c.Id, c.Name, c.SchoolYear, f.Code, f.Version))
            .SingleAsync(cancellationToken);

        var traceIds = view.Pieces.Where(p => p.Item.Kind == DossierItemKind.Trace && !p.Deleted).Select(p => p.Item.ReferenceId!.Value).ToList();
        var traces = await db.Traces.AsNoTracking().Include(t => t.Links).Include(t => t.Attachments)
            .Where(t => traceIds.Contains(t.Id) && t.LearnerId == dossier.LearnerId && t.DeletedAt == null)
            .AsSplitQuery().ToDictionaryAsync(t => t.Id, cancellationToken);
        var interviewIds = view.Pieces.Where(p => p.Item.Kind == DossierItemKind.Interview).Select(p => p.Item.ReferenceId!.Value).ToList();
        var interviews = await db.Interviews.AsNoTracking().Where(i => interviewIds.Contains(i.Id) && i.LearnerId == dossier.LearnerId)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var elementLabels = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == db.FrameworkElements.Where(b => b.Id == dossier.BlockId).Select(b => b.FrameworkId).First()
                                                                                 && (e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => new { e.Id, e.Code, e.Title, e.SortOrder }).ToDictionaryAsync(e => e.Id, cancellationToken);

        var pieces = new List<SnapshotDocument.Piece>();
        var pieceOfTrace = new Dictionary<Guid, int>();
        foreach (var piece in view.Pieces.Where(p => !p.Deleted))
        {
            var item = piece.Item;
            var number = pieces.Count + 1;
            SnapshotDocument.TraceContent? traceContent = null;
            SnapshotDocument.InterviewContent? interviewContent = null;
            SnapshotDocument.FileCopy? file = null;
            var title = piece.Title;
            if (item.Kind == DossierItemKind.Trace && item.ReferenceId is { } traceId && traces.TryGetValue(traceId, out var trace))
            {
                var copies = new List<SnapshotDocument.FileCopy>();
                foreach (var attachment in trace.Attachments.Where(a => a.DeletedAt == null).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id))
                {
                    var copy = await CopyAsync(attachment.StorageKey, prefix, ++fileNumber, attachment.FileName, attachment.ContentType, cancellationToken);
                    if (copy is not null)
                    {
                        copies.Add(copy);
                    }
                }

                var links = trace.Links.Where(l => elementLabels.ContainsKey(l.ElementId))
                    .OrderBy(l => elementLabels[l.ElementId].SortOrder)
                    .Select(l => new SnapshotDocument.Link(elementLabels[l.ElementId].Code, elementLabels[l.ElementId].Title, l.Justification, l.SelfLevel))
                    .ToList();
                traceContent = new SnapshotDocument.TraceContent(trace.Id, trace.Version, trace.Kind.ToString(), Iso(trace.ActivityDate), trace.Context.ToString(),
                    trace.ContextLabel, trace.Body, trace.Tags, links, copies);
                title = trace.Title;
                pieceOfTrace[trace.Id] = number;
            }
            else if (item.Kind == DossierItemKind.Interview && item.ReferenceId is { } interviewId && interviews.TryGetValue(interviewId, out var interview))
            {
                interviewContent = new SnapshotDocument.InterviewContent(interview.Id, Iso(interview.HeldOn), interview.LearnerExplanation, interview.Strengths, interview.Improvements);
            }

            if (item.StorageKey is { } key)
            {
                file = await CopyAsync(key, prefix, ++fileNumber, item.FileName ?? "document", item.ContentType ?? "application/octet-stream", cancellationToken);
            }

            pieces.Add(new SnapshotDocument.Piece(number, item.Kind.ToString(), title, item.Note, traceContent, interviewContent, file));
        }

        var positionings = view.Elements.Select(e =>
        {
            var (level, derived) = view.Levels.GetValueOrDefault(e.Id);
            return new SnapshotDocument.Positioning(e.Code, level, view.Level(level)?.Label ?? "Non évalué", derived);
        }).ToList();
        var coverage = view.Coverage.Rows.Select(r => new SnapshotDocument.CoverageLine(r.Code, r.Title, r.Kind.ToString(),
            r.TraceIds.Where(pieceOfTrace.ContainsKey).Select(id => pieceOfTrace[id]).Order().ToList(), r.Level)).ToList();

        var document = new SnapshotDocument(SnapshotDocument.CurrentFormat, dossier.Id, learner, cohort,
            new SnapshotDocument.BlockInfo(view.Block.Id, view.Block.Code, view.Block.Title, view.Block.Exam),
            now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), pieces, positionings, coverage);
        var bytes = SnapshotJson.Serialize(document);
        var snapshot = new DossierSnapshot
        {
            Id = snapshotId, DossierId = dossier.Id, LearnerId = dossier.LearnerId, CohortId = dossier.CohortId, BlockId = dossier.BlockId,
            BlockCode = view.Block.Code, SubmittedAt = now, Json = Encoding.UTF8.GetString(bytes), Fingerprint = SnapshotJson.Fingerprint(bytes),
        };
        dossier.Submit(now);
        db.DossierSnapshots.Add(snapshot);
        audit.Record("certification.submitted", dossier.Id, $"{view.Block.Code} {snapshot.Fingerprint}");
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    private async Task<SnapshotDocument.FileCopy?> CopyAsync(string sourceKey, string prefix, int number, string fileName, string contentType, CancellationToken cancellationToken)
    {
        await using var source = await store.OpenReadAsync(sourceKey, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var targetKey = $"{prefix}/{number:0000}";
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        await store.SaveAsync(targetKey, buffer, contentType, cancellationToken);
        return new SnapshotDocument.FileCopy(number, fileName, contentType, buffer.Length, sha, targetKey);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
