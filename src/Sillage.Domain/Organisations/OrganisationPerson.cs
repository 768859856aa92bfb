namespace Sillage.Domain.Organisations;

/// <summary>A person of the org chart, with the one they report to.</summary>
public class OrganisationPerson
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public string? Site { get; set; }
    public Guid? ReportsToId { get; set; }
    public int SortOrder { get; set; }
}
