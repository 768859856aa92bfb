using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Email;

/// <summary>Writes e-mails to the outbox table in the caller's unit of work; <see cref="OutboxDispatcher"/>
/// sends them when SMTP is configured. Without SMTP, administrators read them on the outbox page.</summary>
public sealed class EmailOutbox(SillageDb db, TimeProvider clock)
{
    public void Enqueue(string to, string subject, string body) =>
        db.OutboxEmails.Add(new OutboxEmail
        {
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
}
