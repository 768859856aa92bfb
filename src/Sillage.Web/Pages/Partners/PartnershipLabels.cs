using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;

namespace Sillage.Web.Pages.Partners;

/// <summary>The French names of the partnership event kinds, in the order the forms offer them.</summary>
public static class PartnershipLabels
{
    /// <summary>The guide's list first, the catch-all last.</summary>
    public static readonly IReadOnlyList<PartnershipKind> Ordered =
    [
        PartnershipKind.CompanyBreakfast, PartnershipKind.Forum, PartnershipKind.RoundTable, PartnershipKind.Conference,
        PartnershipKind.Hackathon, PartnershipKind.Visit, PartnershipKind.Sponsorship, PartnershipKind.DiplomaCeremony,
        PartnershipKind.MiniInternship, PartnershipKind.EstablishmentVisit, PartnershipKind.Intervention,
        PartnershipKind.ApprenticeshipTax, PartnershipKind.Event, PartnershipKind.Other,
    ];

    public static string Kind(PartnershipKind kind, IStringLocalizer l) => kind switch
    {
        PartnershipKind.CompanyBreakfast => l["Petit déjeuner d'entreprises"],
        PartnershipKind.Forum => l["Forum, salon"],
        PartnershipKind.RoundTable => l["Table ronde"],
        PartnershipKind.Conference => l["Conférence"],
        PartnershipKind.Hackathon => l["Hackathon"],
        PartnershipKind.Visit => l["Visite d'une structure"],
        PartnershipKind.Sponsorship => l["Parrainage de promotion"],
        PartnershipKind.DiplomaCeremony => l["Remise de diplômes"],
        PartnershipKind.MiniInternship => l["Réseau d'établissements : mini-stage"],
        PartnershipKind.EstablishmentVisit => l["Réseau d'établissements : visite d'établissement"],
        PartnershipKind.Intervention => l["Intervention d'un professionnel en classe"],
        PartnershipKind.ApprenticeshipTax => l["Taxe d'apprentissage"],
        PartnershipKind.Event => l["Autre évènement (concours, présentation de projets…)"],
        _ => l["Autre"],
    };

    public static string Money(decimal amount) => amount.ToString("#,##0.00 €", System.Globalization.CultureInfo.CurrentCulture);
}
