using Sillage.Domain.Team;

namespace Sillage.Domain.People;

/// <summary>A person's membership of a cohort, as learner or teacher; a learner may belong to a group.</summary>
public class CohortMember
{
    public const int MaxSubjectLength = 200;

    public Guid CohortId { get; set; }
    public Guid PersonId { get; set; }
    public CohortRole Role { get; set; }
    public Guid? GroupId { get; set; }
    public DateTime JoinedAt { get; set; }

    /// <summary>What a teacher teaches this cohort (a subject of STS-web services, e.g. "ECO-GEST"); null otherwise.</summary>
    public string? Subject { get; set; }

    /// <summary>A teacher's discipline in this cohort, set on the team page (<see cref="TeamSharing.Propose"/> suggests it
    /// from <see cref="Subject"/>); null for learners and until the référent sets it.</summary>
    public Discipline? Discipline { get; set; }
}
