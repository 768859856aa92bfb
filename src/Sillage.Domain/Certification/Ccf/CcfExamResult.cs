namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// The mark the evaluators propose for a candidate's épreuve. The framework's rule gives it from the situations'
/// marks (a weighted average when every situation has a weight, else the plain average as a suggestion); the
/// evaluators confirm the suggestion or set another mark with a comment. Kept per cohort, learner and épreuve.
/// </summary>
public class CcfExamResult
{
    public const int CommentMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }
    public required string ExamCode { get; set; }
    public decimal Mark { get; set; }

    /// <summary>The mark the rule gave when this one was set (null when the situations had no mark yet).</summary>
    public decimal? RuleMark { get; set; }
    public string? Comment { get; set; }
    public DateTime SetAt { get; set; }
    public Guid SetById { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>A mark that departs from the rule needs a comment saying why.</summary>
    public static Message? Check(decimal mark, decimal? ruleMark, string? comment) =>
        CcfMarks.Check(mark)
        ?? (comment?.Length > CommentMaxLength ? new Message("Le commentaire dépasse {0} caractères.", CommentMaxLength)
        : ruleMark is { } rule && rule != mark && string.IsNullOrWhiteSpace(comment)
            ? new Message("La note proposée s'écarte de la règle ({0}/20) : dites pourquoi dans le commentaire.", rule.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")))
            : null);
}
