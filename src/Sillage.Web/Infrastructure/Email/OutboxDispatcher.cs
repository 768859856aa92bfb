using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Email;

/// <summary>Sends the outbox through SMTP when it is configured. Each instance claims a message by
/// stamping it before sending, so that several instances never send one twice.</summary>
internal sealed class OutboxDispatcher(IServiceProvider services, IOptions<SmtpOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
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
        var pending = await db.OutboxEmails.Where(e => e.SentAt == null && e.Error == null)
            .OrderBy(e => e.CreatedAt).Take(20).Select(e => e.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        foreach (var id in pending)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.OutboxEmails.Where(e => e.Id == id && e.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.SentAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var email = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
            string? error = null;
            try
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(smtp.From));
                message.To.Add(MailboxAddress.Parse(email.To));
                message.Subject = email.Subject;
                message.Body = new TextPart("plain") { Text = email.Body };
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not send e-mail {EmailId}", id);
                error = e.Message;
            }

            // Sent or refused, the message will not be sent again: its links stop being stored (see OutboxSecrets).
            var redacted = OutboxSecrets.Redact(email.Body);
            await db.OutboxEmails.Where(x => x.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Error, error).SetProperty(x => x.Body, redacted), CancellationToken.None);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }
}
