using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Observability;

namespace Sillage.Web.Infrastructure.Email;

/// <summary>
/// Sends the outbox through SMTP when it is configured, from any number of instances. A message is claimed with a
/// lease (a claim token and <see cref="OutboxEmail.ClaimedUntil"/>), sent, and only then marked sent: an instance that
/// dies mid-send leaves it to be sent again once the lease runs out. Delivery is therefore at least once; each message
/// carries the same Message-Id on every attempt so that a receiver can drop a duplicate. A failed send is retried with
/// exponential backoff, and given up after <see cref="SmtpOptions.MaxAttempts"/>.
/// </summary>
internal sealed class OutboxDispatcher(IServiceProvider services, IOptions<SmtpOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);
    private const int BatchSize = 20;
    private const int ErrorMaxLength = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            logger.LogInformation("SMTP not configured: e-mails stay in the outbox (/admin/boite-envoi)");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10), clock);
        do
        {
            try
            {
                await SendPendingAsync(smtp, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SendPendingAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var claimed = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not reach the SMTP server {Host}:{Port}", smtp.Host, smtp.Port);
            foreach (var email in claimed)
            {
                await FailedAsync(db, smtp, email, e.Message);
            }

            return;
        }

        foreach (var email in claimed)
        {
            try
            {
                await client.SendAsync(ToMime(smtp, email), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not send e-mail {EmailId} (attempt {Attempt})", email.Id, email.Attempts + 1);
                SillageMetrics.RecordEmailSend("failed");
                await FailedAsync(db, smtp, email, e.Message);
                if (!client.IsConnected)
                {
                    // The next ones wait for their lease to run out and the next tick.
                    return;
                }

                continue;
            }

            SillageMetrics.RecordEmailSend("sent");
            // Sent: the message will not be sent again, its links stop being stored (see OutboxSecrets).
            var now = clock.GetUtcNow().UtcDateTime;
            var redacted = OutboxSecrets.Redact(email.Body);
            var token = email.ClaimToken;
            await db.OutboxEmails.Where(x => x.Id == email.Id && x.ClaimToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.SentAt, now).SetProperty(x => x.Body, redacted)
                .SetProperty(x => x.ClaimToken, (Guid?)null).SetProperty(x => x.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Claims up to a batch of the messages due: not sent, not given up, not in their backoff, not claimed by a
    /// live lease. Each claim is a conditional update, so two instances never hold one message at once.</summary>
    private async Task<List<OutboxEmail>> ClaimAsync(SillageDb db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxEmails
            .Where(e => e.SentAt == null && e.Error == null && (e.NextAttemptAt == null || e.NextAttemptAt <= now)
                        && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.CreatedAt).Take(BatchSize).Select(e => e.Id).ToListAsync(cancellationToken);
        var claimed = new List<OutboxEmail>();
        foreach (var id in due)
        {
            Guid? token = Guid.NewGuid();
            var until = now.Add(ClaimLease);
            var won = await db.OutboxEmails
                .Where(e => e.Id == id && e.SentAt == null && e.Error == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, until), cancellationToken);
            if (won == 1)
            {
                claimed.Add(await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken));
            }
        }

        return claimed;
    }

    private static MimeMessage ToMime(SmtpOptions smtp, OutboxEmail email)
    {
        var message = new MimeMessage { MessageId = email.MessageId.Trim('<', '>') };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };
        return message;
    }

    /// <summary>Counts the failed attempt and schedules the next one, or gives up: the error is then kept and, as after a
    /// send, the links are removed (the person is invited again rather than the link kept).</summary>
    private async Task FailedAsync(SillageDb db, SmtpOptions smtp, OutboxEmail email, string error)
    {
        var attempts = email.Attempts + 1;
        var lastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        var givingUp = attempts >= smtp.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime.AddSeconds(smtp.RetryAfterSeconds * Math.Pow(2, attempts - 1));
        var body = givingUp ? OutboxSecrets.Redact(email.Body) : email.Body;
        var token = email.ClaimToken;
        await db.OutboxEmails.Where(x => x.Id == email.Id && x.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.LastError, lastError)
            .SetProperty(x => x.NextAttemptAt, givingUp ? null : next)
            .SetProperty(x => x.Error, givingUp ? lastError : null)
            .SetProperty(x => x.Body, body)
            .SetProperty(x => x.ClaimToken, (Guid?)null).SetProperty(x => x.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        if (givingUp)
        {
            logger.LogError("E-mail {EmailId} given up after {Attempts} failed attempts: {Error}", email.Id, attempts, lastError);
        }
    }
}
