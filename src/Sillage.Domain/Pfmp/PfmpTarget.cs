namespace Sillage.Domain.Pfmp;

/// <summary>A competence the period aims at (the annexe pédagogique): the tutor positions the learner on it.</summary>
public class PfmpTarget
{
    public Guid PeriodId { get; set; }
    public Guid ElementId { get; set; }
}
