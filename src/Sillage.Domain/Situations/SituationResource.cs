namespace Sillage.Domain.Situations;

/// <summary>A library resource attached to a situation, or to one of its missions.</summary>
public class SituationResource
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SituationId { get; set; }
    public Guid? MissionId { get; set; }
    public Guid ResourceId { get; set; }
    public int SortOrder { get; set; }
}
