using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Privacy;

/// <summary>
/// "Télécharger mes données" (RGPD, art. 15 and 20): a zip with <c>donnees.json</c> — the account and, for every
/// entry of <see cref="PersonalDataMap"/>, every row that refers to the person — and <c>fichiers/</c>, the
/// attachments of their traces. Secrets (password hash, security stamps, 2FA tokens) are left out.
/// </summary>
public sealed class PersonalDataJob(SillageDb db, IFileStore files, SchoolClock clock) : IJobHandler
{
    public const string JobKind = "privacy.personal-data";

    /// <summary>Stored in French; the job page shows it in the reader's language.</summary>
    public const string ReadyMessage = "Vos données sont prêtes.";

    public sealed record Payload(Guid PersonId);

    public string Kind => JobKind;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles };

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var personId = context.Payload<Payload>().PersonId;
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == personId, cancellationToken);
        var tables = new Dictionary<string, object>();
        var step = 0;
        foreach (var rule in PersonalDataMap.Rules.Where(r => r.Entity != typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>)))
        {
            var rows = await PersonRows.ListAsync(db, rule, personId, cancellationToken);
            if (rows.Count > 0)
            {
                tables[$"{rule.Entity.Name.Split('`')[0]}.{rule.Property}"] = rows;
            }

            await context.ReportAsync(5 + (50 * ++step / PersonalDataMap.Rules.Count), cancellationToken: cancellationToken);
        }

        var roles = await db.UserRoles.Where(r => r.UserId == personId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(cancellationToken);
        var document = new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            account = new
            {
                user.Id, user.FirstName, user.LastName, user.Email, user.BirthDate, user.EstablishmentId, user.Culture, user.CreatedAt, user.InvitedAt,
                user.ActivatedAt, user.DeactivatedAt, user.TwoFactorEnabled, roles,
            },
            // Without their links: an export is a file kept for days, and the links open accounts (see OutboxSecrets).
            emails = (await db.OutboxEmails.AsNoTracking().Where(m => m.To == user.Email).ToListAsync(cancellationToken))
                .Select(m => new { m.Id, m.To, m.Subject, Body = OutboxSecrets.Redact(m.Body), m.CreatedAt, m.SentAt, m.Error }),
            tables,
        };

        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"sillage-data-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var json = await zip.CreateEntry("donnees.json").OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(json, document, Json, cancellationToken);
            }

            var attachments = await db.Attachments.AsNoTracking().Where(a => db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == personId))
                .Select(a => new { a.Id, a.StorageKey, a.Extension }).ToListAsync(cancellationToken);
            foreach (var a in attachments)
            {
                await using var source = await files.OpenReadAsync(a.StorageKey, cancellationToken);
                if (source is not null)
                {
                    await using var target = await zip.CreateEntry($"fichiers/{a.Id:N}.{a.Extension}", CompressionLevel.Fastest).OpenAsync(cancellationToken);
                    await source.CopyToAsync(target, cancellationToken);
                }
            }
        }

        file.Position = 0;
        await context.SaveResultAsync(file, $"mes-donnees-sillage-{clock.Today:yyyy-MM-dd}.zip", "application/zip", cancellationToken);
        context.Done(new Message(ReadyMessage));
    }
}
