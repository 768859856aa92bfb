using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification;

/// <summary>French wording of the certification enums and rules (translated by the catalogue).</summary>
public static class CertificationText
{
    public static readonly DossierItemKind[] DocumentKinds =
        [DossierItemKind.PfmpAttestation, DossierItemKind.PfmpReview, DossierItemKind.AssessmentGrid, DossierItemKind.Document];

    public static string Kind(IStringLocalizer<Text> l, DossierItemKind kind) => kind switch
    {
        DossierItemKind.Trace => l["Trace du dossier"],
        DossierItemKind.Interview => l["Compte rendu d'entretien"],
        DossierItemKind.PfmpAttestation => l["Attestation de PFMP"],
        DossierItemKind.PfmpReview => l["Bilan de PFMP"],
        DossierItemKind.AssessmentGrid => l["Grille d'évaluation"],
        _ => l["Autre document"],
    };

    public static string Kind(IStringLocalizer<Text> l, string kind) =>
        Enum.TryParse<DossierItemKind>(kind, out var parsed) ? Kind(l, parsed) : kind;

    public static string Status(IStringLocalizer<Text> l, DossierStatus status) =>
        status == DossierStatus.Submitted ? l["Soumis"] : l["En préparation"];

    public static string Decision(IStringLocalizer<Text> l, JuryDecision decision) => decision switch
    {
        JuryDecision.Favorable => l["Favorable"],
        JuryDecision.ToComplete => l["À compléter"],
        JuryDecision.Unfavorable => l["Défavorable"],
        _ => l["Pas encore proposée"],
    };

    public static string Problem(IStringLocalizer<Text> l, SubmissionProblem problem) => problem switch
    {
        SubmissionProblem.Empty => l["Le dossier est vide : ajoutez au moins une pièce."],
        SubmissionProblem.TooFewItems p => l["Le dossier doit compter au moins {0} pièce(s) ; il en compte {1}.", p.Required, p.Actual],
        SubmissionProblem.CompetenceNotProven p => l["{0} — {1} : {2} trace(s) sélectionnée(s), {3} exigée(s).", p.Code, p.Title, p.Actual, p.Required],
        _ => problem.ToString(),
    };
}
