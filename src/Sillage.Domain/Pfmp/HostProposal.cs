using Sillage.Domain.Partners;

namespace Sillage.Domain.Pfmp;

/// <summary>
/// A structure a learner found for their PFMP and that is not in the establishment's directory yet: what the
/// learner knows of it (name, SIRET, address, a contact). The référent validates it into the directory
/// (<see cref="HostOrganisation"/>) once; it then points at that entry.
/// </summary>
public class HostProposal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EstablishmentId { get; set; }
    public Guid LearnerId { get; set; }
    public required string Name { get; set; }

    /// <summary>14 digits, checked as the directory does; optional.</summary>
    public string? Siret { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? ContactFirstName { get; set; }
    public string? ContactLastName { get; set; }
    public string? ContactPosition { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; a stale form (or a second validation) is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The directory entry it became.</summary>
    public Guid? HostOrganisationId { get; set; }
    public DateTime? ValidatedAt { get; set; }
    public Guid? ValidatedById { get; set; }

    public bool IsValidated => HostOrganisationId is not null;

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactLastName) && !string.IsNullOrWhiteSpace(ContactFirstName);

    /// <summary>A proposal with the SIRET of a structure already in the directory is refused, naming that structure:
    /// the learner picks it in the directory instead.</summary>
    public static Message? CheckAgainstDirectory(IEnumerable<HostRules.Duplicate> duplicates) =>
        duplicates.FirstOrDefault(d => d.Reason == HostRules.DuplicateReason.SameSiret) is { } same
            ? new Message("« {0} » est déjà dans l'annuaire avec ce SIRET : choisissez-la dans l'annuaire au lieu de la proposer.", same.Existing.Name)
            : null;

    /// <summary>The learner changes their proposal while the référent has not validated it.</summary>
    public Message? CheckEditable() =>
        IsValidated ? new Message("Cette structure est déjà dans l'annuaire : elle ne se modifie plus ici.") : null;

    /// <summary>Why the proposal cannot be validated into the directory, null when it can (once only).</summary>
    public Message? CheckValidatable() =>
        IsValidated ? new Message("Cette proposition a déjà été validée dans l'annuaire.") : null;

    /// <summary>Points the proposal at its directory entry, once.</summary>
    public Message? ValidateInto(Guid hostOrganisationId, Guid validatedBy, DateTime at)
    {
        if (CheckValidatable() is { } problem)
        {
            return problem;
        }

        HostOrganisationId = hostOrganisationId;
        ValidatedById = validatedBy;
        ValidatedAt = at;
        UpdatedAt = at;
        Version = Guid.NewGuid();
        return null;
    }
}
