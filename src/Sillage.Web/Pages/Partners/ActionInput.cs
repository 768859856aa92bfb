using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Partners;

/// <summary>A partnership action as the directory's form enters it.</summary>
public sealed class ActionInput
{
    [Display(Name = "Type d'action")]
    public PartnershipKind? Kind { get; set; }

    [Display(Name = "Date")]
    [DataType(DataType.Date)]
    public DateOnly? Date { get; set; }

    [Display(Name = "Intitulé")]
    public string? Title { get; set; }

    [Display(Name = "Heures avec les apprenants")]
    public decimal? Hours { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public IEnumerable<(string Field, Message Error)> Validate(string prefix)
    {
        var checks = new (string Field, Message? Error)[]
        {
            ("Kind", Kind is null || !Enum.IsDefined(Kind.Value) ? new Message("Choisissez le type d'action.") : null),
            ("Date", Date is null ? new Message("Saisissez la date de l'action.") : null),
            ("Title", string.IsNullOrWhiteSpace(Title) ? new Message("Donnez un intitulé à l'action (ex. : forum des métiers du numérique).") : FormText.TooLong(Title, 200, new Message("L'intitulé"))),
            ("Hours", Hours is < 0 or > 200 ? new Message("Le nombre d'heures est compris entre 0 et 200.") : null),
            ("Notes", FormText.TooLong(Notes, 2000, new Message("Les notes"))),
        };
        return checks.Where(c => c.Error is not null).Select(c => ($"{prefix}.{c.Field}", c.Error!));
    }

    public PartnershipAction ToAction(Guid hostId, DateTime now) => new()
    {
        HostOrganisationId = hostId,
        Kind = Kind!.Value,
        Date = Date!.Value,
        Title = Title!.Trim(),
        Hours = Hours,
        Notes = FormText.Clean(Notes),
        CreatedAt = now,
    };
}
