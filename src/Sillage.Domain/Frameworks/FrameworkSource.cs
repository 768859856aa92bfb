namespace Sillage.Domain.Frameworks;

/// <summary>Where the content of a framework comes from (official text, guide, secondary source).</summary>
public class FrameworkSource
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FrameworkId { get; set; }
    public int SortOrder { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
}
