using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Privacy;

/// <summary>Section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>Minutes after start-up before the first attempt.</summary>
    public int FirstRunDelayMinutes { get; set; } = 5;

    /// <summary>Minutes between two attempts of each instance to claim the day's run: the wait before a failed run is
    /// retried, and the most a day's run may start late.</summary>
    public int CheckMinutes { get; set; } = 30;

    /// <summary>Days an e-mail not yet sent keeps its secret links (invitation, reset, tutor and jury access): without
    /// SMTP the administrator hands them over from the outbox meanwhile. After that the links are removed (they have
    /// expired or are about to; a new invitation or link is made when needed).</summary>
    public int OutboxLinkDays { get; set; } = 7;
}

/// <summary>
/// Applies the retention periods, once a day: exports past their expiry and finished jobs older than 30 days are
/// deleted with their files; expired or revoked share links are deleted; audit entries older than the "audit"
/// entry of the registre are purged; accounts of learners deactivated longer ago than the "comptes" entry are
/// erased (<see cref="PersonErasure"/>); e-mails still waiting after <see cref="RetentionOptions.OutboxLinkDays"/>
/// lose their secret links (<see cref="OutboxSecrets"/>). Each run is recorded (<see cref="RetentionRun"/>) with what it did.
/// </summary>
public sealed class RetentionJob(SillageDb db, IFileStore files, PersonErasure erasure, IOptions<RetentionOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan JobAge = TimeSpan.FromDays(30);

    /// <summary>A run asked for by an administrator: always runs (each rule is idempotent).</summary>
    public Task<RetentionRun> RunAsync(CancellationToken cancellationToken) =>
        RunAsync(new RetentionRun { StartedAt = clock.GetUtcNow().UtcDateTime }, claimed: false, cancellationToken);

    /// <summary>The scheduled run of the day (UTC): claimed by inserting its row, whose <see cref="RetentionRun.Period"/>
    /// is unique, so that one instance runs it whatever the number of instances. Null when the day's run is claimed
    /// already (done, or running elsewhere). A failed run gives its day back so that the next attempt retries.</summary>
    public async Task<RetentionRun?> RunScheduledAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new RetentionRun { StartedAt = now, Period = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        if (await db.RetentionRuns.AnyAsync(r => r.Period == run.Period, cancellationToken))
        {
            return null;
        }

        db.RetentionRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the day's row first.
            db.ChangeTracker.Clear();
            return null;
        }

        db.ChangeTracker.Clear();
        return await RunAsync(run, claimed: true, cancellationToken);
    }

    private async Task<RetentionRun> RunAsync(RetentionRun run, bool claimed, CancellationToken cancellationToken)
    {
        var now = run.StartedAt;
        var summary = new StringBuilder();
        try
        {
            var expired = await db.PortfolioExports.Where(e => e.ExpiresAt <= now).Select(e => e.JobId).ToListAsync(cancellationToken);
            var oldJobs = now - JobAge;
            var jobs = await db.BackgroundJobs.Where(j => expired.Contains(j.Id) || (j.FinishedAt != null && j.FinishedAt < oldJobs))
                .Select(j => new { j.Id, j.ResultFileKey }).ToListAsync(cancellationToken);
            foreach (var job in jobs.Where(j => j.ResultFileKey is not null))
            {
                await files.DeleteAsync(job.ResultFileKey!, cancellationToken);
            }

            var jobIds = jobs.Select(j => j.Id).ToList();
            await db.BackgroundJobs.Where(j => jobIds.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
            summary.AppendLine($"Exports expirés et tâches anciennes supprimés : {jobs.Count} (dont {expired.Count} export(s)).");

            var links = await db.ShareLinks.Where(s => s.ExpiresAt <= now || s.RevokedAt != null).ExecuteDeleteAsync(cancellationToken);
            summary.AppendLine($"Liens de partage expirés ou révoqués supprimés : {links}.");

            var linkDays = options.Value.OutboxLinkDays;
            var waitingSince = now.AddDays(-linkDays);
            var waiting = await db.OutboxEmails.Where(e => e.SentAt == null && e.CreatedAt < waitingSince).ToListAsync(cancellationToken);
            var redacted = 0;
            foreach (var email in waiting.Where(e => OutboxSecrets.HasSecret(e.Body)))
            {
                email.Body = OutboxSecrets.Redact(email.Body, OutboxSecrets.Expired);
                redacted++;
            }

            await db.SaveChangesAsync(cancellationToken);
            summary.AppendLine($"E-mails en attente depuis plus de {linkDays} jours dont les liens d'accès ont été retirés : {redacted}.");

            var months = await db.ProcessingActivities.Where(a => a.Code == "audit").Select(a => a.RetentionMonths).SingleOrDefaultAsync(cancellationToken);
            if (months is { } auditMonths)
            {
                var limit = now.AddMonths(-auditMonths);
                var purged = await db.AuditEntries.Where(e => e.At < limit).ExecuteDeleteAsync(cancellationToken);
                summary.AppendLine($"Entrées du journal d'audit de plus de {auditMonths} mois purgées : {purged}.");
            }

            var accountMonths = await db.ProcessingActivities.Where(a => a.Code == "comptes").Select(a => a.RetentionMonths).SingleOrDefaultAsync(cancellationToken);
            if (accountMonths is { } m)
            {
                var limit = now.AddMonths(-m);
                var learners = await db.Users.Where(u => u.ErasedAt == null && u.DeactivatedAt != null && u.DeactivatedAt < limit)
                    .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Learner)))
                    .Select(u => u.Id).ToListAsync(cancellationToken);
                foreach (var learner in learners)
                {
                    await erasure.EraseAsync(learner, cancellationToken);
                    db.ChangeTracker.Clear();
                }

                summary.AppendLine($"Comptes d'apprenants désactivés depuis plus de {m} mois effacés : {learners.Count}.");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.Failed = true;
            summary.AppendLine("Échec : " + e.GetType().Name);
        }

        db.ChangeTracker.Clear();
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.Summary = summary.ToString().Trim();
        if (run.Failed)
        {
            run.Period = null;
        }

        if (claimed)
        {
            db.RetentionRuns.Update(run);
        }
        else
        {
            db.RetentionRuns.Add(run);
        }

        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}

/// <summary>Runs <see cref="RetentionJob"/> once a day across instances: every instance tries to claim the day's run
/// every <see cref="RetentionOptions.CheckMinutes"/>, one wins (<see cref="RetentionJob.RunScheduledAsync"/>), and a
/// failed run is retried at the next check rather than the next day. A run whose instance died mid-way keeps its day:
/// the rules are idempotent and the next day's run does its work.</summary>
internal sealed class RetentionScheduler(IServiceProvider services, IOptions<RetentionOptions> options, ILogger<RetentionScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(options.Value.FirstRunDelayMinutes), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    var run = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunScheduledAsync(stoppingToken);
                    if (run is not null)
                    {
                        logger.LogInformation("Retention run ({Outcome}): {Summary}", run.Failed ? "failed, retried later" : "done", run.Summary);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Retention run could not start");
                }

                await Task.Delay(TimeSpan.FromMinutes(options.Value.CheckMinutes), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
