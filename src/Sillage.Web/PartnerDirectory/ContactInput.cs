using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.PartnerDirectory;

/// <summary>A person of a host structure, as the forms enter it.</summary>
public sealed class ContactInput
{
    [Display(Name = "Prénom")]
    public string? FirstName { get; set; }

    [Display(Name = "Nom de famille")]
    public string? LastName { get; set; }

    [Display(Name = "Fonction")]
    public string? Position { get; set; }

    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    public bool IsEmpty => new[] { FirstName, LastName, Position, Email, Phone }.All(string.IsNullOrWhiteSpace);

    public IEnumerable<(string Field, Message Error)> Validate(string prefix)
    {
        var checks = new (string Field, Message? Error)[]
        {
            ("LastName", PersonRules.CheckName(LastName, new Message("Nom du contact"))),
            ("FirstName", PersonRules.CheckName(FirstName, new Message("Prénom du contact"))),
            ("Email", HostRules.CheckOptionalEmail(Email)),
            ("Position", FormText.TooLong(Position, 150, new Message("La fonction"))),
            ("Phone", FormText.TooLong(Phone, 30, new Message("Le numéro de téléphone"))),
        };
        return checks.Where(c => c.Error is not null).Select(c => ($"{prefix}.{c.Field}", c.Error!));
    }

    public HostContact ToContact(Guid hostId) => new()
    {
        HostOrganisationId = hostId,
        FirstName = FirstName!.Trim(),
        LastName = LastName!.Trim(),
        Position = FormText.Clean(Position),
        Email = FormText.Clean(Email) is { } email ? PersonRules.NormalizeEmail(email) : null,
        Phone = FormText.Clean(Phone),
    };
}
