namespace Sillage.Domain.Partners;

/// <summary>
/// A structure of the establishment's partner directory: it hosts PFMP (entreprise, association, organisme
/// public) and takes part in the partnership strategy (forums, talks, taxe d'apprentissage…). Not to be mixed
/// with the fil-rouge organisations of the situations (<c>Organisations.Organisation</c>).
/// </summary>
public class HostOrganisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EstablishmentId { get; set; }
    public required string Name { get; set; }

    /// <summary>Name folded for duplicate detection (see <see cref="HostRules.NormalizeName"/>).</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>14 digits, checked; optional (a small association may have none).</summary>
    public string? Siret { get; set; }
    public HostKind Kind { get; set; }
    public HostSize? Size { get; set; }
    public string? Sector { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; a stale edit form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<HostContact> Contacts { get; set; } = [];

    public string Address => string.Join(", ", new[] { Street, string.Join(" ", new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s))) }
        .Where(s => !string.IsNullOrWhiteSpace(s)));

    public void Touch(DateTime now)
    {
        NormalizedName = HostRules.NormalizeName(Name);
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
