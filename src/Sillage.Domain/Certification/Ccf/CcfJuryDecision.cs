namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// The jury's decision on a candidate: it confirms what the marks give (<see cref="ProposedOutcome"/>) or amends
/// it with a reason. The épreuves' marks as the jury saw them are kept with the decision, so the record does not
/// change if a grid is corrected afterwards (a correction then calls for a new decision).
/// </summary>
public class CcfJuryDecision
{
    public const int ReasonMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }

    public decimal? ProposedAverage { get; set; }
    public CcfOutcome ProposedOutcome { get; set; }

    /// <summary>The jury's decision: <see cref="CcfOutcome.Passed"/> or <see cref="CcfOutcome.NotPassed"/>.</summary>
    public CcfOutcome Outcome { get; set; }
    public decimal? Average { get; set; }
    public string? Reason { get; set; }

    /// <summary>The épreuves' marks and coefficients the decision was taken on (JSON, written by the web layer).</summary>
    public required string MarksJson { get; set; }

    public DateTime DecidedAt { get; set; }
    public Guid DecidedById { get; set; }
    public int Version { get; set; } = 1;

    public bool Amended => Outcome != ProposedOutcome || Average != ProposedAverage;

    /// <summary>
    /// The problems of a decision: only a complete record is decided; a favourable decision needs the rule to allow
    /// it or a reason; an amended average is a mark out of 20; any amendment needs a reason.
    /// </summary>
    public static IReadOnlyList<Message> Check(CcfResult proposed, CcfOutcome outcome, decimal? average, string? reason)
    {
        var problems = new List<Message>();
        if (proposed.Outcome is CcfOutcome.Incomplete)
        {
            problems.Add(new Message("Une épreuve n'a pas encore de note : le jury ne peut pas encore se prononcer."));
        }

        if (proposed.Outcome is CcfOutcome.Blocked && outcome == CcfOutcome.Passed)
        {
            problems.Add(new Message("Une condition d'une épreuve n'est pas remplie (semaines de PFMP) : la décision ne peut pas être favorable."));
        }

        if (outcome is not (CcfOutcome.Passed or CcfOutcome.NotPassed))
        {
            problems.Add(new Message("Choisissez la décision du jury."));
        }

        if (average is { } a && CcfMarks.Check(a) is { } markProblem)
        {
            problems.Add(markProblem);
        }

        var amended = outcome != proposed.Outcome || average != proposed.Average;
        if (amended && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new Message("La décision modifie ce que donnent les notes : indiquez le motif."));
        }

        if (reason?.Length > ReasonMaxLength)
        {
            problems.Add(new Message("Le motif dépasse {0} caractères.", ReasonMaxLength));
        }

        return problems;
    }
}
