using System.Globalization;

namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// Marks out of 20 in a CCF: reading a mark as people type it, the mark of an épreuve from its situations, and
/// the final mark from the épreuves (weighted by coefficient, the only rule a framework file can name so far). The
/// pass mark is a platform setting passed in, never a constant: the règlement d'examen was not found.
/// </summary>
public static class CcfMarks
{
    public const decimal Max = 20m;

    /// <summary>Marks are kept to the hundredth; more decimals are a typing error, not a precision.</summary>
    public const int Decimals = 2;

    /// <summary>Reads "12", "12,5" or "12.5"; a French message when it is not a mark out of 20.</summary>
    public static (decimal? Mark, Message? Problem) Parse(string? input)
    {
        var text = input?.Trim().Replace(',', '.');
        if (string.IsNullOrEmpty(text))
        {
            return (null, new Message("Indiquez une note sur 20."));
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mark))
        {
            return (null, new Message("« {0} » n'est pas une note : écrivez un nombre entre 0 et 20, par exemple 12,5.", input!.Trim()));
        }

        return Check(mark) is { } problem ? (null, problem) : (mark, null);
    }

    public static Message? Check(decimal mark) =>
        mark is < 0 or > Max ? new Message("La note doit être comprise entre 0 et 20.")
        : decimal.Round(mark, Decimals) != mark ? new Message("La note a au plus deux décimales.")
        : null;

    /// <summary>
    /// The épreuve's mark from its situations' marks: their weighted average when every situation has a weight
    /// (<paramref name="computed"/> true), else their plain average as a suggestion the evaluators confirm or
    /// change. Null while a situation has no mark.
    /// </summary>
    public static (decimal? Mark, bool Computed) ExamMark(IReadOnlyList<(decimal? Weight, decimal? Mark)> situations)
    {
        if (situations.Count == 0 || situations.Any(s => s.Mark is null))
        {
            return (null, false);
        }

        var computed = situations.All(s => s.Weight is > 0);
        var total = computed ? situations.Sum(s => s.Weight!.Value) : situations.Count;
        var sum = situations.Sum(s => s.Mark!.Value * (computed ? s.Weight!.Value : 1m));
        return (Round(sum / total), computed);
    }

    /// <summary>The weighted average of the épreuves' marks and what it gives against the pass mark.</summary>
    public static CcfResult Final(IReadOnlyList<CcfExamMark> exams, decimal passMark)
    {
        if (exams.Count == 0 || exams.Any(e => e.Mark is null))
        {
            return new CcfResult(null, CcfOutcome.Incomplete, passMark);
        }

        if (exams.Any(e => e.Blocked))
        {
            return new CcfResult(null, CcfOutcome.Blocked, passMark);
        }

        var average = Round(exams.Sum(e => e.Mark!.Value * e.Coefficient) / exams.Sum(e => e.Coefficient));
        return new CcfResult(average, average >= passMark ? CcfOutcome.Passed : CcfOutcome.NotPassed, passMark);
    }

    /// <summary>Rounded to the hundredth, halves away from zero (10,125 → 10,13), as people round by hand.</summary>
    public static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);
}

/// <param name="Blocked">The épreuve cannot be obtained yet (E2 before the PFMP weeks are done).</param>
public sealed record CcfExamMark(string Code, decimal Coefficient, decimal? Mark, bool Blocked = false);

public sealed record CcfResult(decimal? Average, CcfOutcome Outcome, decimal PassMark);

/// <summary>What the marks give, before the jury confirms or amends it.</summary>
public enum CcfOutcome
{
    /// <summary>An épreuve has no mark yet.</summary>
    Incomplete,

    /// <summary>An épreuve cannot be obtained yet (a condition such as the PFMP weeks is not met).</summary>
    Blocked,

    Passed,
    NotPassed,
}
