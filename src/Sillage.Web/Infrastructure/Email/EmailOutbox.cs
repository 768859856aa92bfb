using Sillage.Domain;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Email;

/// <summary>Writes e-mails to the outbox table in the caller's unit of work; <see cref="OutboxDispatcher"/>
/// sends them when SMTP is configured. Without SMTP, administrators read them on the outbox page.</summary>
public sealed class EmailOutbox(SillageDb db, TimeProvider clock)
{
    /// <summary>
    /// An e-mail whose subject and body are catalogue templates with their values, written in French, the school's
    /// language, whoever triggered it (docs/adr/0010-email-language.md): a tutor, a juror or a signatory has no
    /// account language, and an account's language is a browser cookie the sender does not know.
    /// </summary>
    public void Enqueue(string to, Message subject, Message body) => Enqueue(to, subject.ToString(), body.ToString());

    private void Enqueue(string to, string subject, string body) =>
        db.OutboxEmails.Add(new OutboxEmail
        {
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
}
