namespace Sillage.Domain.Portfolio;

/// <summary>Where the activity took place. The record it refers to (a PFMP period, a situation's mission)
/// is <see cref="Trace.ContextReferenceId"/> when it exists.</summary>
public enum TraceContext
{
    Formation = 1,
    Pfmp = 2,
    Projet = 3,
    SituationProfessionnelle = 4,
}
