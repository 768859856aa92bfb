namespace Sillage.Domain.People;

/// <summary>A school (établissement), identified nationally by its UAI.</summary>
public class Establishment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Uai { get; set; }
    public string? City { get; set; }
}
