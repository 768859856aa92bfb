namespace Sillage.Domain.Frameworks;

/// <summary>A link from an element to an element of another framework (MC SNO C1.1 → CRCN 2.1).
/// The target is kept by code so that it survives a new version of the target framework.</summary>
public class FrameworkMapping
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ElementId { get; set; }
    public required string TargetFrameworkCode { get; set; }
    public required string TargetCode { get; set; }
}
