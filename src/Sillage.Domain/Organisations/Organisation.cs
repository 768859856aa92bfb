namespace Sillage.Domain.Organisations;

/// <summary>An organisation learners work for in professional situations: a didactic "fil rouge" company
/// (VosRêves) or a real one. Shared ones (no establishment) form the common library.</summary>
public class Organisation : ILibraryRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable identifier of a shipped organisation ("vosreves"); null for those created in the app.</summary>
    public string? Code { get; set; }
    public Guid? EstablishmentId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Activity { get; set; }

    /// <summary>Context, history, staff, stakes (Markdown).</summary>
    public string? Context { get; set; }

    /// <summary>Notes on the information system: applications, intranet, equipment (Markdown).</summary>
    public string? InformationSystem { get; set; }
    public string? Source { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Incremented by each save; the optimistic-concurrency token of the edit forms.</summary>
    public int Version { get; set; } = 1;
    public DateTime? UpdatedAt { get; set; }

    public List<OrganisationSite> Sites { get; set; } = [];
    public List<OrganisationPerson> People { get; set; } = [];
    public List<OrganisationDocument> Documents { get; set; } = [];
}

public enum OrganisationKind
{
    FilRouge = 1,
    Real = 2,
}
