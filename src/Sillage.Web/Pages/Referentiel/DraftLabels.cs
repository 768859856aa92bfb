namespace Sillage.Web.Pages.Referentiel;

/// <summary>The editor's French names for the format's lists and fields (translated through the catalogue).</summary>
public static class DraftLabels
{
    public static string Singular(string list) => list switch
    {
        "$" => "Référentiel",
        "blocks" => "Bloc",
        "competences" => "Compétence",
        "detailedCompetences" => "Compétence détaillée",
        "knowledge" => "Savoir associé",
        "expectedResults" => "Résultat attendu",
        "criteria" => "Critère d'évaluation",
        "conditions" => "Condition de réalisation",
        "transversalCompetences" => "Compétence transversale",
        "professionalActivities" => "Pôle d'activités",
        "activities" => "Activité",
        "tasks" => "Tâche",
        _ => list,
    };

    public static string Plural(string list) => list switch
    {
        "blocks" => "Blocs de compétences",
        "competences" => "Compétences",
        "detailedCompetences" => "Compétences détaillées",
        "knowledge" => "Savoirs associés",
        "expectedResults" => "Résultats attendus",
        "criteria" => "Critères d'évaluation",
        "conditions" => "Conditions de réalisation et ressources",
        "transversalCompetences" => "Compétences transversales",
        "professionalActivities" => "Référentiel des activités professionnelles : pôles",
        "activities" => "Activités",
        "tasks" => "Tâches",
        _ => list,
    };

    public static string Add(string list) => list switch
    {
        "blocks" => "Ajouter un bloc",
        "competences" => "Ajouter une compétence",
        "detailedCompetences" => "Ajouter une compétence détaillée",
        "knowledge" => "Ajouter un savoir associé",
        "expectedResults" => "Ajouter un résultat attendu",
        "criteria" => "Ajouter un critère d'évaluation",
        "conditions" => "Ajouter une condition de réalisation",
        "transversalCompetences" => "Ajouter une compétence transversale",
        "professionalActivities" => "Ajouter un pôle d'activités",
        "activities" => "Ajouter une activité",
        "tasks" => "Ajouter une tâche",
        _ => list,
    };

    public static string Field(string field) => field switch
    {
        "version" => "Version",
        "title" => "Intitulé",
        "shortTitle" => "Titre court",
        "description" => "Description",
        "code" => "Code",
        "note" => "Note éditoriale",
        "source" => "Source",
        "exam" => "Épreuve (E1, E2, E3)",
        "category" => "Catégorie",
        "competences" => "Compétences mobilisées (codes séparés par des virgules)",
        _ => field,
    };

    /// <summary>Items whose code is optional: one is made from the parent's code at publication.</summary>
    public static bool CodeOptional(string list) => list is "knowledge" or "expectedResults" or "criteria" or "transversalCompetences";
}
