namespace Sillage.Domain.Certification;

/// <summary>
/// Conditions the règlement puts on obtaining an épreuve, beyond the jury's grid. Annexe IV c: the épreuve E2
/// (bloc 2) "ne peut être obtenue qu'une fois les 12 semaines de PFMP effectuées". A dossier for E2 may be built
/// and submitted before, and the jury may read and grade it, but it may not propose a favourable decision for a
/// candidate whose twelve weeks are not done.
/// </summary>
public static class ExamConditions
{
    public const string PfmpBoundExam = "E2";

    public static bool WaitsForPfmp(string? exam) => string.Equals(exam?.Trim(), PfmpBoundExam, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="decision"/> may be proposed for a candidate of <paramref name="exam"/>.</summary>
    public static bool MayPropose(JuryDecision decision, string? exam, bool pfmpComplete) =>
        decision != JuryDecision.Favorable || !WaitsForPfmp(exam) || pfmpComplete;
}
