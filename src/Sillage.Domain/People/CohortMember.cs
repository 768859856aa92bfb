namespace Sillage.Domain.People;

/// <summary>A person's membership of a cohort, as learner or teacher; a learner may belong to a group.</summary>
public class CohortMember
{
    public Guid CohortId { get; set; }
    public Guid PersonId { get; set; }
    public CohortRole Role { get; set; }
    public Guid? GroupId { get; set; }
    public DateTime JoinedAt { get; set; }
}
