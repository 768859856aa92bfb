namespace Sillage.Domain.Portfolio;

/// <summary>
/// A savoir associé of the framework that the learner says their trace mobilises (the guide, 3.3.2: "un compte rendu
/// d'activité ou une synthèse d'activité, reliés aux compétences travaillées et savoirs mobilisés"). Offered only
/// under the compétences the trace is linked to, where the framework lists savoirs associés.
/// </summary>
public class TraceKnowledgeLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }
    public Guid ElementId { get; set; }
    public DateTime CreatedAt { get; set; }
}
