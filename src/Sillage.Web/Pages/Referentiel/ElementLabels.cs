using Sillage.Domain.Frameworks;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>French names of element kinds and condition categories (translated by the catalogue).</summary>
public static class ElementLabels
{
    public static string Kind(ElementKind kind, Framework framework) => kind switch
    {
        ElementKind.Block => framework.BlockLabel,
        ElementKind.Competence => framework.CompetenceLabel,
        ElementKind.DetailedCompetence => "Compétence détaillée",
        ElementKind.Knowledge => "Savoir associé",
        ElementKind.ExpectedResult => "Résultat attendu",
        ElementKind.Criterion => "Critère d'évaluation",
        ElementKind.Condition => "Condition de réalisation",
        _ => kind.ToString(),
    };

    public static string Category(string? category) => category switch
    {
        "reglementaire" => "Informations d'ordre réglementaire",
        "organisation" => "Informations sur l'organisation",
        "metier" => "Informations « métier »",
        "equipements" => "Équipements et environnements numériques",
        _ => category ?? "",
    };
}
