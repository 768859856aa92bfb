using System.Text.RegularExpressions;
using Sillage.Domain.Certification;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// The copy of a snapshot a jury reads when candidates are masked: the learner becomes their candidate number,
/// their first and last names are blanked out of every text they wrote (titles, bodies, notes, justifications),
/// and files are named after the candidate number and the piece.
/// </summary>
public static class SnapshotMasking
{
    public const string Redacted = "[candidat]";

    public static SnapshotDocument Mask(SnapshotDocument document, string candidateNumber)
    {
        var clean = Redactor(document.Learner.FirstName, document.Learner.LastName);
        string? CleanOrNull(string? text) => text is null ? null : clean(text);
        SnapshotDocument.FileCopy File(SnapshotDocument.FileCopy f) => f with { FileName = MaskedFileName(candidateNumber, f.Number, f.FileName) };

        return document with
        {
            Learner = new SnapshotDocument.Person(Guid.Empty, "", candidateNumber),
            Pieces = document.Pieces.Select(p => p with
            {
                Title = clean(p.Title),
                Note = CleanOrNull(p.Note),
                Trace = p.Trace is null ? null : p.Trace with
                {
                    Body = clean(p.Trace.Body), ContextLabel = CleanOrNull(p.Trace.ContextLabel), Tags = clean(p.Trace.Tags),
                    Links = p.Trace.Links.Select(l => l with { Justification = clean(l.Justification) }).ToList(),
                    Attachments = p.Trace.Attachments.Select(File).ToList(),
                },
                Interview = p.Interview is null ? null : p.Interview with
                {
                    LearnerExplanation = CleanOrNull(p.Interview.LearnerExplanation), Strengths = CleanOrNull(p.Interview.Strengths),
                    Improvements = CleanOrNull(p.Interview.Improvements),
                },
                File = p.File is null ? null : File(p.File),
            }).ToList(),
        };
    }

    /// <summary>Blanks the learner's first and last names (either order, whole words, any case) out of a text.</summary>
    public static Func<string, string> Redactor(string firstName, string lastName)
    {
        var names = new[] { $"{firstName} {lastName}", $"{lastName} {firstName}", lastName, firstName }
            .Where(n => n.Trim().Length >= 2).Select(n => Regex.Escape(n.Trim())).ToList();
        var pattern = names.Count == 0 ? null : new Regex(@"\b(" + string.Join('|', names) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return text => pattern is null ? text : pattern.Replace(text, Redacted);
    }

    /// <summary>"2026-E1-003-fichier-04.pdf": nothing of the original name, which may hold the learner's.</summary>
    public static string MaskedFileName(string candidateNumber, int number, string originalName)
    {
        var extension = Path.GetExtension(originalName);
        extension = extension.Length is > 1 and <= 8 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : "";
        return $"{candidateNumber}-fichier-{number:00}{extension}";
    }
}
