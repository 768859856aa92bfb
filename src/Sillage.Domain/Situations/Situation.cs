namespace Sillage.Domain.Situations;

/// <summary>
/// A professional situation (guide 3.3.1): a specific context in an organisation, a pedagogical intention and
/// missions linked to the framework's competences. Shared ones (no establishment) form the common library;
/// teachers duplicate them into their establishment to adapt them. Every saved change is a new
/// <see cref="Version"/> whose content is kept in <see cref="SituationVersion"/>.
/// </summary>
public class Situation : ILibraryRecord
{
    public const int MaxTitleLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable identifier of a shipped situation ("vosreves-situation-2"); null for the others.</summary>
    public string? Code { get; set; }
    public Guid? EstablishmentId { get; set; }
    public required string Title { get; set; }

    /// <summary>The framework version whose elements the missions link to.</summary>
    public Guid FrameworkId { get; set; }
    public Guid? OrganisationId { get; set; }

    /// <summary>Contexte spécifique (Markdown).</summary>
    public string? Context { get; set; }

    /// <summary>Intention pédagogique (Markdown).</summary>
    public string? Intention { get; set; }
    public SituationModality Modalities { get; set; }

    /// <summary>Attendus en matière de restitution individuelle ou collective (Markdown).</summary>
    public string? Restitution { get; set; }

    /// <summary>Ressources en anglais mobilisées (Markdown).</summary>
    public string? EnglishResources { get; set; }
    public string? Source { get; set; }

    /// <summary>Incremented by every saved change; also the optimistic-concurrency token of the edit forms.</summary>
    public int Version { get; set; } = 1;
    public Guid? DuplicatedFromId { get; set; }

    /// <summary>For a shipped situation: the version of the shipped documents already added to it (0: none yet).
    /// They are added once; what the team then removes or replaces stays so.</summary>
    public int ShippedDocumentsVersion { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }

    public List<Mission> Missions { get; set; } = [];
    public List<SituationResource> Resources { get; set; } = [];
    public List<SituationDocument> Documents { get; set; } = [];

    /// <summary>The missions still part of the situation, in order.</summary>
    public IEnumerable<Mission> ActiveMissions => Missions.Where(m => m.RemovedAt is null).OrderBy(m => m.SortOrder);

    /// <summary>Records a change made by someone: the caller then stores the new <see cref="SituationVersion"/>.</summary>
    public void Touch(Guid? by, DateTime now)
    {
        Version++;
        UpdatedAt = now;
        UpdatedById = by;
    }

    public static Message? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? new Message("Donnez un titre à la situation.")
        : title.Trim().Length > MaxTitleLength ? new Message("Le titre ne peut dépasser {0} caractères.", MaxTitleLength)
        : null;
}
