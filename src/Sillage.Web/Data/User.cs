using Microsoft.AspNetCore.Identity;

namespace Sillage.Web.Data;

/// <summary>A person with an account: learner, teacher, référent, tutor, jury member or administrator.</summary>
public class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Guid? EstablishmentId { get; set; }

    /// <summary>The national pupil id (INE, SIECLE's ID_NATIONAL): how a SIECLE re-import finds the learner.</summary>
    public string? Ine { get; set; }

    /// <summary>The INDIVIDU ID of an STS-web export: how an STS re-import finds the teacher.</summary>
    public string? StsId { get; set; }

    /// <summary>SIECLE's CODE_STATUT: "ST" (school pupil) or "AP" (apprentice); null when not imported.</summary>
    public string? SchoolStatus { get; set; }

    /// <summary>"fr" or "en"; null follows the browser.</summary>
    public string? Culture { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? InvitedAt { get; set; }
    public DateTime? ActivatedAt { get; set; }
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>When the person was erased: the row stays, anonymised, so that what must be kept (audit log,
    /// comments on other learners' traces) still points somewhere without naming anyone.</summary>
    public DateTime? ErasedAt { get; set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The way French school lists sort people: family name first.</summary>
    public string SortName => $"{LastName} {FirstName}";
}
