using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.PartnerDirectory;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>What a learner knows of a structure they propose; checked as the directory checks a structure
/// (name, SIRET, postal code) and its contact (<see cref="ContactInput"/>).</summary>
public sealed class ProposalInput
{
    [Display(Name = "Nom de la structure")]
    public string? Name { get; set; }

    [Display(Name = "SIRET")]
    public string? Siret { get; set; }

    [Display(Name = "Adresse")]
    public string? Street { get; set; }

    [Display(Name = "Code postal")]
    public string? PostalCode { get; set; }

    [Display(Name = "Ville")]
    public string? City { get; set; }

    public Guid Version { get; set; }

    public IEnumerable<(string Field, Message Error)> Validate(string prefix)
    {
        var checks = new (string Field, Message? Error)[]
        {
            ("Name", HostRules.CheckName(Name)),
            ("Siret", Sillage.Domain.Partners.Siret.Check(Siret)),
            ("PostalCode", HostRules.CheckPostalCode(PostalCode)),
            ("Street", FormText.TooLong(Street, 300, new Message("L'adresse"))),
            ("City", FormText.TooLong(City, 150, new Message("La ville"))),
        };
        return checks.Where(c => c.Error is not null).Select(c => ($"{prefix}.{c.Field}", c.Error!));
    }

    public void ApplyTo(HostProposal proposal, ContactInput contact, DateTime now)
    {
        proposal.Name = Name!.Trim();
        proposal.Siret = string.IsNullOrWhiteSpace(Siret) ? null : Sillage.Domain.Partners.Siret.Normalize(Siret);
        proposal.Street = FormText.Clean(Street);
        proposal.PostalCode = FormText.Clean(PostalCode);
        proposal.City = FormText.Clean(City);
        var person = contact.IsEmpty ? null : contact.ToContact(Guid.Empty);
        proposal.ContactFirstName = person?.FirstName;
        proposal.ContactLastName = person?.LastName;
        proposal.ContactPosition = person?.Position;
        proposal.ContactEmail = person?.Email;
        proposal.ContactPhone = person?.Phone;
        proposal.UpdatedAt = now;
        proposal.Version = Guid.NewGuid();
    }

    public static ProposalInput From(HostProposal proposal) => new()
    {
        Name = proposal.Name,
        Siret = proposal.Siret,
        Street = proposal.Street,
        PostalCode = proposal.PostalCode,
        City = proposal.City,
        Version = proposal.Version,
    };

    public static ContactInput ContactOf(HostProposal proposal) => new()
    {
        FirstName = proposal.ContactFirstName,
        LastName = proposal.ContactLastName,
        Position = proposal.ContactPosition,
        Email = proposal.ContactEmail,
        Phone = proposal.ContactPhone,
    };
}
