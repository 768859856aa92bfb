namespace Sillage.Domain.Partners;

/// <summary>A person of a host structure: manager, HR, PFMP tutor. A tutor gets a Sillage account
/// (<see cref="UserId"/>) when a period names them.</summary>
public class HostContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HostOrganisationId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }

    /// <summary>Fonction: "Gérant", "Administrateur SI"…</summary>
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The tutor account, once the contact tutors a learner.</summary>
    public Guid? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
