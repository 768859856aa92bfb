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
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }
}
