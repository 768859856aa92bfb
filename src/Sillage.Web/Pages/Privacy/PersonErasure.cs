using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Privacy;

/// <summary>
/// Erases a person following <see cref="PersonalDataMap"/>: in one transaction, deletes every row of the Delete
/// rules, deletes their e-mails from the outbox, removes their name and e-mail from the audit details, and
/// anonymises their account row; after the commit, deletes their files (attachments of their traces, exports).
/// What is kept is listed by <see cref="PreviewAsync"/>.
/// </summary>
public sealed class PersonErasure(SillageDb db, IFileStore files, TimeProvider clock, AuditLog audit)
{
    public const string ErasedName = "Personne effacée";

    public sealed record Line(PersonalDataRule Rule, int Count);

    public async Task<IReadOnlyList<Line>> PreviewAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var lines = new List<Line>();
        foreach (var rule in PersonalDataMap.Rules)
        {
            lines.Add(new Line(rule, await PersonRows.CountAsync(db, rule, personId, cancellationToken)));
        }

        return lines;
    }

    /// <summary>Returns how many rows and files were deleted; Done is false when the person does not exist or was already erased.</summary>
    public async Task<(bool Done, int Rows, int Files)> EraseAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.SingleOrDefaultAsync(u => u.Id == personId, cancellationToken);
        if (person is null || person.ErasedAt is not null)
        {
            return (false, 0, 0);
        }

        var fileKeys = await FileKeysAsync(personId, cancellationToken);
        var names = new[] { person.Email, person.FullName, person.SortName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var deleted = 0;
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Jobs of others that carry the person's name (a teacher's export of this learner's dossier) go first,
            // with the exports they produced; then notifications and e-mails to others that name the person.
            deleted += await db.BackgroundJobs.Where(j => db.PortfolioExports.Any(e => e.JobId == j.Id && e.LearnerId == personId)
                                                          || j.Title.Contains(person.FullName)).ExecuteDeleteAsync(cancellationToken);
            foreach (var name in names)
            {
                deleted += await db.Notifications.Where(n => n.Text.Contains(name)).ExecuteDeleteAsync(cancellationToken);
                deleted += await db.OutboxEmails.Where(m => m.Body.Contains(name) || m.Subject.Contains(name)).ExecuteDeleteAsync(cancellationToken);
            }

            foreach (var rule in PersonalDataMap.Rules.Where(r => r.Handling == PersonalDataHandling.Delete))
            {
                deleted += await PersonRows.DeleteAsync(db, rule, personId, cancellationToken);
            }

            if (person.Email is { } email)
            {
                deleted += await db.OutboxEmails.Where(m => m.To == email).ExecuteDeleteAsync(cancellationToken);
            }

            await ScrubAuditDetailsAsync(names, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            person.FirstName = ErasedName;
            person.LastName = "";
            person.Email = null;
            person.NormalizedEmail = null;
            person.UserName = $"efface-{person.Id:N}";
            person.NormalizedUserName = person.UserName.ToUpperInvariant();
            person.PasswordHash = null;
            person.PhoneNumber = null;
            person.BirthDate = null;
            person.Culture = null;
            person.TwoFactorEnabled = false;
            person.SecurityStamp = Guid.NewGuid().ToString();
            person.LockoutEnabled = true;
            person.LockoutEnd = DateTimeOffset.MaxValue;
            person.DeactivatedAt ??= now;
            person.ErasedAt = now;
            if (db.Database.IsSqlite())
            {
                // The full-text index of traces lives outside the EF model (Portfolio/TraceSearchSql).
                await db.Database.ExecuteSqlRawAsync("DELETE FROM TraceSearch WHERE TraceId NOT IN (SELECT Id FROM Traces)", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("INSERT INTO TraceSearch(TraceSearch) VALUES('optimize')", cancellationToken);
            }

            audit.Record("person.erased", personId, $"{deleted} ligne(s) supprimée(s), {fileKeys.Count} fichier(s)");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        foreach (var key in fileKeys)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Deleted rows stay in SQLite's free pages until they are reused: rewrite the file so that nothing of the
            // person can be read back from it (a few seconds on a large database; erasures are rare).
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
            }
            catch (System.Data.Common.DbException)
            {
                // Busy (another request is reading): the erasure itself is committed; the freed pages are
                // overwritten by the next erasure's VACUUM or by normal use.
            }
        }

        return (true, deleted, fileKeys.Count);
    }

    /// <summary>The person's files: attachments of their traces, results of their jobs and of exports of their dossier, their
    /// CCF productions and the evidence files about them.</summary>
    private async Task<List<string>> FileKeysAsync(Guid personId, CancellationToken cancellationToken)
    {
        var attachments = await db.Attachments.Where(a => db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == personId))
            .Select(a => a.StorageKey).ToListAsync(cancellationToken);
        var fullName = await db.Users.Where(u => u.Id == personId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken);
        var jobs = await db.BackgroundJobs.Where(j => j.ResultFileKey != null
                                                      && (j.OwnerId == personId || j.Title.Contains(fullName)
                                                          || db.PortfolioExports.Any(e => e.JobId == j.Id && e.LearnerId == personId)))
            .Select(j => j.ResultFileKey!).ToListAsync(cancellationToken);
        var pfmpDocuments = await db.PfmpDocuments.Where(d => d.LearnerId == personId).Select(d => d.FileKey).ToListAsync(cancellationToken);
        var dossiers = db.CertificationDossiers.Where(d => d.LearnerId == personId).Select(d => d.Id);
        var dossierFiles = await db.DossierItems.Where(i => dossiers.Contains(i.DossierId) && i.StorageKey != null).Select(i => i.StorageKey!).ToListAsync(cancellationToken);
        var snapshots = await db.DossierSnapshots.Where(s => s.LearnerId == personId).ToListAsync(cancellationToken);
        var snapshotFiles = snapshots.SelectMany(SnapshotFileKeys).ToList();
        var maskedPdfs = await db.ExamCandidates.Where(c => c.LearnerId == personId && c.MaskedPdfKey != null).Select(c => c.MaskedPdfKey!).ToListAsync(cancellationToken);
        var ccfFiles = await db.CcfFiles.Where(f => db.CcfCandidates.Any(c => c.Id == f.CandidateId && c.LearnerId == personId)
                                                    || db.CcfEvidence.Any(e => e.Id == f.EvidenceId && e.LearnerId == personId))
            .Select(f => f.FileKey).ToListAsync(cancellationToken);
        return [.. attachments, .. jobs, .. pfmpDocuments, .. dossierFiles, .. snapshotFiles, .. maskedPdfs, .. ccfFiles];
    }

    /// <summary>The stored files of a frozen dossier: its PDF and every file copy its JSON names (any "storageKey").</summary>
    private static IEnumerable<string> SnapshotFileKeys(Sillage.Domain.Certification.DossierSnapshot snapshot)
    {
        if (snapshot.PdfStorageKey is { } pdf)
        {
            yield return pdf;
        }

        using var json = System.Text.Json.JsonDocument.Parse(snapshot.Json);
        var pending = new Stack<System.Text.Json.JsonElement>([json.RootElement]);
        var keys = new List<string>();
        while (pending.TryPop(out var element))
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Equals("storageKey", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        keys.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        pending.Push(property.Value);
                    }
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
        }

        foreach (var key in keys)
        {
            yield return key;
        }
    }

    /// <summary>Audit entries are kept (security obligation) but their free-text detail must not name the person.</summary>
    private async Task ScrubAuditDetailsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            var entries = await db.AuditEntries.Where(e => e.Details != null && e.Details.Contains(name)).ToListAsync(cancellationToken);
            foreach (var entry in entries)
            {
                entry.Details = entry.Details!.Replace(name, "[personne effacée]", StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
