using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Pages.Pfmp.Documents;

/// <summary>What the convention, the attestation and the bilan print: the period's data, read once.</summary>
public sealed class PfmpDocumentModel
{
    public required PfmpDocumentKind Kind { get; init; }
    public required DateTime GeneratedAt { get; init; }
    public required string EstablishmentName { get; init; }
    public required string EstablishmentUai { get; init; }
    public string? EstablishmentCity { get; init; }
    public required string CohortName { get; init; }
    public required string SchoolYear { get; init; }
    public required string Diploma { get; init; }
    public required string LearnerName { get; init; }
    public DateOnly? LearnerBirthDate { get; init; }
    public string? LearnerEmail { get; init; }
    public required PeriodView View { get; init; }
    public required IReadOnlyList<VisitLine> Visits { get; init; }

    public HostOrganisation Host => View.Host;
    public HostContact? Tutor => View.Tutor;
    public string? ReferentTeacherName => View.ReferentTeacherName;
    public PfmpPeriod Period => View.Period;
    public PfmpCounting.PeriodTally Tally => View.Tally;

    public IReadOnlyList<TargetLine> Targets =>
        View.Appraisal.Select(a => new TargetLine(a.Code, a.Title, a.Level?.Label, a.Comment)).ToList();

    /// <summary>The stylesheet, inlined when the document is printed to PDF (the served page links it).</summary>
    public string? InlineCss { get; set; }

    public sealed record TargetLine(string Code, string Title, string? Level, string? Comment);

    public sealed record VisitLine(DateOnly Date, VisitMode Mode, string Teacher, bool Done);

    public string Title => Kind switch
    {
        PfmpDocumentKind.Convention => "Convention de période de formation en milieu professionnel",
        PfmpDocumentKind.Attestation => "Attestation de période de formation en milieu professionnel",
        _ => "Bilan de période de formation en milieu professionnel",
    };

    public string FileName
    {
        get
        {
            var prefix = Kind switch
            {
                PfmpDocumentKind.Convention => "convention-pfmp",
                PfmpDocumentKind.Attestation => "attestation-pfmp",
                _ => "bilan-pfmp",
            };
            var name = new string(Sillage.Domain.TextFolding.Fold(LearnerName).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
            return $"{prefix}-{name}-{Period.Start:yyyy-MM-dd}.pdf";
        }
    }
}
