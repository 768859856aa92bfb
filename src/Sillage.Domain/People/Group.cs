namespace Sillage.Domain.People;

/// <summary>A group of learners inside a cohort (the "classe" of a SIECLE export, or a work group).</summary>
public class Group
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public required string Name { get; set; }
}
