namespace Sillage.Domain.Frameworks;

/// <summary>A mastery level defined by the framework itself (CRCN: 8 levels from Novice to Expert).</summary>
public class FrameworkLevel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FrameworkId { get; set; }
    public int Rank { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
}
