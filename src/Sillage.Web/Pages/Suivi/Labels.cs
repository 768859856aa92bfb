using Sillage.Domain.Suivi;

namespace Sillage.Web.Pages.Suivi;

/// <summary>French labels of the suivi enums (translated by the catalogue).</summary>
public static class Labels
{
    public static string Context(AssessmentContext context) => context switch
    {
        AssessmentContext.Trace => "Trace du dossier",
        AssessmentContext.Situation => "Situation professionnelle",
        AssessmentContext.Pfmp => "PFMP",
        AssessmentContext.Interview => "Entretien formatif",
        AssessmentContext.Exam => "Épreuve",
        AssessmentContext.Entry => "Positionnement initial (entrée en formation)",
        _ => "Autre",
    };

    public static string Role(AssessorRole role) => role switch
    {
        AssessorRole.Tutor => "tuteur",
        AssessorRole.Jury => "jury",
        _ => "enseignant",
    };

    public static string Owner(ActionOwner owner) => owner switch
    {
        ActionOwner.Teacher => "L'enseignant",
        ActionOwner.Both => "L'apprenant et l'enseignant",
        _ => "L'apprenant",
    };
}
