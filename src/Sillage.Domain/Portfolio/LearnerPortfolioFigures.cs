namespace Sillage.Domain.Portfolio;

/// <summary>
/// How many live traces of a learner support an element of the framework (a trace linked to a compétence détaillée
/// also counts for its compétence, once). A read model kept up to date in the transaction that changes the traces or
/// their links, so that the heatmap reads it instead of counting every link of a cohort.
/// </summary>
public class LearnerTraceCount
{
    public Guid LearnerId { get; set; }
    public Guid ElementId { get; set; }
    public int Traces { get; set; }
}

/// <summary>When a learner's dossier last moved: a live trace written or updated, or staff feedback on one of their
/// traces. Kept with <see cref="LearnerTraceCount"/>.</summary>
public class LearnerPortfolioActivity
{
    public Guid LearnerId { get; set; }
    public DateTime LastAt { get; set; }
}
