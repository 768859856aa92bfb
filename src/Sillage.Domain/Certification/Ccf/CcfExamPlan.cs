using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// The épreuves of a framework version, read from the evaluation part of its file (the version is never changed
/// in place, so the plan of a cohort does not move under it). A framework without an evaluation part has no
/// épreuves: the CCF pages say so instead of inventing them.
/// </summary>
public sealed class CcfExamPlan
{
    /// <summary>The only final-mark rule a framework file can name so far.</summary>
    public const string WeightedAverage = "weighted-average";

    public static readonly CcfExamPlan Empty = new(null, WeightedAverage, []);

    public CcfExamPlan(int? pfmpWeeks, string finalMark, IReadOnlyList<CcfExamDefinition> exams) =>
        (PfmpWeeks, FinalMark, Exams) = (pfmpWeeks, finalMark, exams);

    public int? PfmpWeeks { get; }
    public string FinalMark { get; }
    public IReadOnlyList<CcfExamDefinition> Exams { get; }

    public CcfExamDefinition? Exam(string code) => Exams.FirstOrDefault(e => e.Code == code);

    public (CcfExamDefinition Exam, CcfSituationDefinition Situation)? Situation(string code) =>
        Exams.SelectMany(e => e.Situations.Select(s => (e, s))).Cast<(CcfExamDefinition, CcfSituationDefinition)?>()
            .FirstOrDefault(p => p!.Value.Item2.Code == code);

    /// <summary>The plan of a stored framework file; <see cref="Empty"/> when it has no (readable) evaluation part.
    /// The file was validated at import, so nothing here re-checks it.</summary>
    public static CcfExamPlan From(string sourceJson)
    {
        var (file, _) = FrameworkFileReader.Read(sourceJson);
        var evaluation = file?.Evaluation;
        if (evaluation?.Exams is not { Count: > 0 } exams)
        {
            return Empty;
        }

        return new CcfExamPlan(evaluation.PfmpWeeks, evaluation.FinalMark ?? WeightedAverage, exams.Select(e => new CcfExamDefinition(
            e.Code!, e.Unit, e.Title!, e.Block, e.Coefficient ?? 1m, e.Mode ?? "ccf", e.Conditions ?? [], e.Note, e.Source,
            (e.Situations ?? []).Select(s => new CcfSituationDefinition(
                s.Code!, s.Title!, s.Form ?? "oral", s.DurationMinutes,
                (s.Parts ?? []).Select(p => new CcfSituationPart(p.Title ?? "", p.Minutes, p.AtMost)).ToList(),
                s.GroupSize?.Min, s.GroupSize?.Max, s.Examines, s.Timing, s.Weight, s.Note, s.Source)).ToList())).ToList());
    }
}

public sealed record CcfExamDefinition(string Code, string? Unit, string Title, string? BlockCode, decimal Coefficient, string Mode,
    IReadOnlyList<string> Conditions, string? Note, string? Source, IReadOnlyList<CcfSituationDefinition> Situations)
{
    /// <summary>The épreuve can only be obtained once the PFMP weeks are done (E2).</summary>
    public bool NeedsPfmpComplete => Conditions.Contains("pfmp-complete");
}

public sealed record CcfSituationDefinition(string Code, string Title, string Form, int? DurationMinutes, IReadOnlyList<CcfSituationPart> Parts,
    int? GroupMin, int? GroupMax, string? Examines, string? Timing, decimal? Weight, string? Note, string? Source)
{
    /// <summary>Evaluated on the traces, without the candidate: no room, no convocation, no attendance.</summary>
    public bool WithCandidate => Form != "sans-candidat";

    /// <summary>A timed production at the establishment (E3-B): a source document and an upload.</summary>
    public bool IsPractical => Form == "pratique";

    /// <summary>The length a sitting is scheduled for by default: the situation's duration, else the sum of its parts of
    /// fixed length (E3-B: the 2 hours of production; the interview "20 minutes at most" follows).</summary>
    public int? DefaultMinutes => DurationMinutes
        ?? (Parts.Where(p => !p.AtMost && p.Minutes is > 0).Sum(p => p.Minutes!.Value) is > 0 and var sum ? sum : null);

    /// <summary>Evaluated on a group project (E1-A).</summary>
    public bool IsGroup => GroupMax is > 1;
}

public sealed record CcfSituationPart(string Title, int? Minutes, bool AtMost);
