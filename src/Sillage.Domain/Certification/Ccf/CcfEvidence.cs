namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// Evaluation evidence a teacher adds to a learner's record for an épreuve (E2 above all, evaluated without the
/// candidate on everything the team holds): an observation note, a grid from a project or from training, files.
/// What Sillage already holds (PFMP attestations, bilans, the tutor's appraisals) is not copied here: the record
/// reads it where it lives.
/// </summary>
public class CcfEvidence
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }

    /// <summary>The épreuve's code in the cohort's framework version (E2).</summary>
    public required string ExamCode { get; set; }

    public required string Title { get; set; }

    /// <summary>The note itself (Markdown); may be empty when the evidence is a file.</summary>
    public string? Text { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid CreatedById { get; set; }

    public List<CcfFile> Files { get; set; } = [];

    public static IReadOnlyList<Message> Check(string? title, string? text, int files)
    {
        var problems = new List<Message>();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new Message("Donnez un titre à l'élément de preuve."));
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            problems.Add(new Message("Le titre dépasse {0} caractères.", TitleMaxLength));
        }

        if (text?.Length > TextMaxLength)
        {
            problems.Add(new Message("La note dépasse {0} caractères.", TextMaxLength));
        }

        if (string.IsNullOrWhiteSpace(text) && files == 0)
        {
            problems.Add(new Message("Écrivez une note d'observation ou joignez un fichier."));
        }

        return problems;
    }
}
