using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.PartnerDirectory;

/// <summary>The form of a host structure, shared by creation and edition; the checks are the domain's, as for the import.</summary>
public sealed class HostInput
{
    [Display(Name = "Nom de la structure")]
    public string? Name { get; set; }

    [Display(Name = "SIRET")]
    public string? Siret { get; set; }

    [Display(Name = "Type de structure")]
    public HostKind? Kind { get; set; }

    [Display(Name = "Taille")]
    public HostSize? Size { get; set; }

    [Display(Name = "Secteur d'activité")]
    public string? Sector { get; set; }

    [Display(Name = "Adresse")]
    public string? Street { get; set; }

    [Display(Name = "Code postal")]
    public string? PostalCode { get; set; }

    [Display(Name = "Ville")]
    public string? City { get; set; }

    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    [Display(Name = "Site web")]
    public string? Website { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public Guid Version { get; set; }

    /// <summary>Field errors (prefixed for ModelState), in French.</summary>
    public IEnumerable<(string Field, Message Error)> Validate(string prefix)
    {
        var checks = new (string Field, Message? Error)[]
        {
            ("Name", HostRules.CheckName(Name)),
            ("Siret", Sillage.Domain.Partners.Siret.Check(Siret)),
            ("Kind", Kind is null || !Enum.IsDefined(Kind.Value) ? new Message("Choisissez le type de structure : entreprise, association ou organisme public.") : null),
            ("Size", Size is { } s && !Enum.IsDefined(s) ? new Message("Taille inconnue.") : null),
            ("PostalCode", HostRules.CheckPostalCode(PostalCode)),
            ("Email", HostRules.CheckOptionalEmail(Email)),
            ("Website", CheckWebsite(Website)),
            ("Sector", FormText.TooLong(Sector, 150, new Message("Le secteur d'activité"))),
            ("Street", FormText.TooLong(Street, 300, new Message("L'adresse"))),
            ("City", FormText.TooLong(City, 150, new Message("La ville"))),
            ("Phone", FormText.TooLong(Phone, 30, new Message("Le numéro de téléphone"))),
            ("Notes", FormText.TooLong(Notes, 4000, new Message("Les notes"))),
        };
        return checks.Where(c => c.Error is not null).Select(c => ($"{prefix}.{c.Field}", c.Error!));
    }

    public void ApplyTo(HostOrganisation host, DateTime now)
    {
        host.Name = Name!.Trim();
        host.Siret = string.IsNullOrWhiteSpace(Siret) ? null : Sillage.Domain.Partners.Siret.Normalize(Siret);
        host.Kind = Kind!.Value;
        host.Size = Size;
        host.Sector = FormText.Clean(Sector);
        host.Street = FormText.Clean(Street);
        host.PostalCode = FormText.Clean(PostalCode);
        host.City = FormText.Clean(City);
        host.Phone = FormText.Clean(Phone);
        host.Email = FormText.Clean(Email)?.ToLowerInvariant();
        host.Website = FormText.Clean(Website);
        host.Notes = FormText.Clean(Notes);
        host.Touch(now);
    }

    public static HostInput From(HostOrganisation host) => new()
    {
        Name = host.Name,
        Siret = host.Siret,
        Kind = host.Kind,
        Size = host.Size,
        Sector = host.Sector,
        Street = host.Street,
        PostalCode = host.PostalCode,
        City = host.City,
        Phone = host.Phone,
        Email = host.Email,
        Website = host.Website,
        Notes = host.Notes,
        Version = host.Version,
    };

    private static Message? CheckWebsite(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && value.Trim().Length <= 300)
            ? null
            : new Message("Adresse du site web invalide : elle commence par https:// (300 caractères au plus).");
}
