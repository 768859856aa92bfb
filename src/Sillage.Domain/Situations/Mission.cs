namespace Sillage.Domain.Situations;

/// <summary>
/// A mission of a situation: what the learner does, the competences it works (blocs, compétences, compétences
/// détaillées of the situation's framework), conditions de réalisation, productions attendues and criteria.
/// A mission removed from the situation is kept (<see cref="RemovedAt"/>) so that work done for it keeps its context.
/// </summary>
public class Mission
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SituationId { get; set; }
    public int SortOrder { get; set; }
    public required string Title { get; set; }

    /// <summary>Finalité or details of the mission (Markdown).</summary>
    public string? Description { get; set; }

    /// <summary>Conditions de réalisation et ressources (Markdown).</summary>
    public string? Conditions { get; set; }

    /// <summary>Productions attendues (Markdown).</summary>
    public string? Productions { get; set; }

    /// <summary>Critères d'évaluation (Markdown).</summary>
    public string? Criteria { get; set; }
    public DateTime? RemovedAt { get; set; }

    public List<MissionCompetence> Competences { get; set; } = [];

    public static Message? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? new Message("Décrivez la mission (ce que fait l'apprenant).")
        : title.Trim().Length > MaxTitleLength ? new Message("L'intitulé de la mission ne peut dépasser {0} caractères.", MaxTitleLength)
        : null;
}

/// <summary>A competence element (bloc, compétence or compétence détaillée) a mission works.</summary>
public class MissionCompetence
{
    public Guid MissionId { get; set; }
    public Guid ElementId { get; set; }
}
