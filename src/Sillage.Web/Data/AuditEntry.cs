namespace Sillage.Web.Data;

/// <summary>Who did what to whom: account creation, role changes, imports, views of personal data.</summary>
public class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public required string Action { get; set; }
    public Guid? SubjectId { get; set; }
    public string? Details { get; set; }
}
