namespace Sillage.Domain.Suivi;

/// <summary>
/// A learner's own state on one element of a cohort's référentiel, as <see cref="CompetenceStateRule"/> gives it with no
/// date limit: the level of the latest standing positionnement (0 = non évalué), how many positionnements there are
/// (corrected ones included) and when the latest was recorded. Derived data, kept true by the web layer in the
/// transaction of every save that touches positionnements, so that a class's heatmap reads one row per cell instead of
/// every event.
/// </summary>
public class LearnerElementLevel
{
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid ElementId { get; set; }
    public int Level { get; set; }
    public int Events { get; set; }
    public DateTime LastRecordedAt { get; set; }
}
