namespace Sillage.Web.Data;

/// <summary>Every e-mail the platform writes. Without SMTP configured the outbox is where they stay, so that
/// an administrator can read invitation links in an offline demo.</summary>
public class OutboxEmail
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Set once the SMTP server accepted the message.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>Set when the dispatcher gave up (after <c>Smtp:MaxAttempts</c> failed sends): the last error.</summary>
    public string? Error { get; set; }

    /// <summary>The dispatcher that is sending it (any instance): others leave it alone until <see cref="ClaimedUntil"/>.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Failed sends so far; the next one waits until <see cref="NextAttemptAt"/> (exponential backoff).</summary>
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The Message-Id header, the same on every attempt, so that a receiver can drop a duplicate (delivery is
    /// at least once: an instance may die between the server's acceptance and the <see cref="SentAt"/> write).</summary>
    public string MessageId => $"<{Id:N}@sillage>";
}
