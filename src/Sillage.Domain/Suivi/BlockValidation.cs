namespace Sillage.Domain.Suivi;

/// <summary>
/// When a bloc counts as validated, for Open Badges: every compétence of the bloc has a current state (see
/// <see cref="CompetenceStateRule"/>, a compétence without its own positionnement taking the state derived from its
/// compétences détaillées) at or above the first level that counts as acquired. A bloc without compétences is never
/// validated. This is the teachers' formative view, not the jury's decision: when certification results exist, the
/// rule may switch to "the jury validated the bloc" (docs/export-format.md).
/// </summary>
public static class BlockValidation
{
    public static bool IsValidated(IReadOnlyCollection<int> competenceLevels, int acquiredRank) =>
        competenceLevels.Count > 0 && competenceLevels.All(level => level >= acquiredRank);
}
