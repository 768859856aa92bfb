using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The French labels of the PFMP and partner values (English from the catalogue).</summary>
public static class PfmpLabels
{
    public static string Kind(HostKind kind, IStringLocalizer l) => kind switch
    {
        HostKind.Company => l["Entreprise"],
        HostKind.Association => l["Association"],
        HostKind.PublicBody => l["Organisme public"],
        _ => kind.ToString(),
    };

    public static string Size(HostSize? size, IStringLocalizer l) => size switch
    {
        HostSize.Micro => l["Moins de 10 salariés"],
        HostSize.Sme => l["PME (10 à 249 salariés)"],
        HostSize.MidSize => l["ETI (250 à 4 999 salariés)"],
        HostSize.Large => l["Grande entreprise (5 000 salariés et plus)"],
        _ => l["Taille non renseignée"],
    };

    public static string Status(ConventionStatus status, IStringLocalizer l) => status switch
    {
        ConventionStatus.Draft => l["Brouillon"],
        ConventionStatus.Sent => l["Envoyée, en attente de signatures"],
        ConventionStatus.Signed => l["Signée"],
        ConventionStatus.SignedOutsidePlatform => l["Signée hors plateforme"],
        ConventionStatus.Refused => l["Refusée"],
        _ => status.ToString(),
    };

    /// <summary>Bootstrap classes of the status badge (the text always says the status).</summary>
    public static string StatusClass(ConventionStatus status) => status switch
    {
        ConventionStatus.Draft => "text-bg-light border",
        ConventionStatus.Sent => "text-bg-warning",
        ConventionStatus.Signed or ConventionStatus.SignedOutsidePlatform => "text-bg-success",
        _ => "text-bg-danger",
    };

    public static string Party(ConventionParty party, IStringLocalizer l) => party switch
    {
        ConventionParty.Establishment => l["Établissement de formation"],
        ConventionParty.HostOrganisation => l["Structure d'accueil"],
        _ => l["Apprenant"],
    };

    public static string Event(ConventionEventKind kind, IStringLocalizer l) => kind switch
    {
        ConventionEventKind.Sent => l["Envoyée aux signataires"],
        ConventionEventKind.Signed => l["Signée"],
        ConventionEventKind.SignedOutsidePlatform => l["Déclarée signée hors plateforme"],
        ConventionEventKind.Refused => l["Refusée"],
        ConventionEventKind.Withdrawn => l["Reprise en brouillon"],
        ConventionEventKind.Amended => l["Contrat modifié"],
        _ => l["Rouverte après refus"],
    };

    public static string Mode(VisitMode mode, IStringLocalizer l) => mode switch
    {
        VisitMode.OnSite => l["Sur place"],
        VisitMode.Video => l["Visioconférence"],
        _ => l["Téléphone"],
    };

    public static string Document(PfmpDocumentKind kind, IStringLocalizer l) => l.Format(Document(kind));

    /// <summary>The document's name as a catalogue key (a job's title stores it, read later in the reader's language).</summary>
    public static Message Document(PfmpDocumentKind kind) => new(kind switch
    {
        PfmpDocumentKind.Convention => "Convention (PDF)",
        PfmpDocumentKind.ConventionScan => "Convention signée (scan)",
        PfmpDocumentKind.Attestation => "Attestation de PFMP",
        _ => "Bilan de PFMP",
    });

    public static string Day(WorkWeek day, IStringLocalizer l) => day switch
    {
        WorkWeek.Monday => l["lundi"],
        WorkWeek.Tuesday => l["mardi"],
        WorkWeek.Wednesday => l["mercredi"],
        WorkWeek.Thursday => l["jeudi"],
        WorkWeek.Friday => l["vendredi"],
        _ => l["samedi"],
    };

    /// <summary>"du lundi au vendredi", or the list of days.</summary>
    public static string Rhythm(WorkWeek week, IStringLocalizer l) => week == WorkWeek.MondayToFriday
        ? l["du lundi au vendredi"]
        : string.Join(", ", WorkWeeks.Days.Where(d => week.HasFlag(d.Day)).Select(d => Day(d.Day, l)));

    /// <summary>An apprentice's rhythm: the days, and the alternation by weeks when there is one.</summary>
    public static string Rhythm(WorkWeek week, Alternation alternation, IStringLocalizer l) => alternation.IsNone
        ? Rhythm(week, l)
        : l["{0} ; {1} semaine(s) en entreprise puis {2} semaine(s) au centre de formation", Rhythm(week, l), alternation.CompanyWeeks, alternation.SchoolWeeks];

    /// <summary>"2" or "2,5": hours without a useless decimal.</summary>
    public static string Hours(decimal hours) => Infrastructure.Web.Display.Number((double)hours, hours % 1 == 0 ? 0 : 1);

    /// <summary>Days as weeks and days, in the reader's language.</summary>
    public static string Days(int days, IStringLocalizer l)
    {
        var (weeks, rest) = PfmpCounting.InWeeks(days);
        return (weeks, rest) switch
        {
            (0, _) => l["{0} j", rest],
            (_, 0) => l["{0} sem.", weeks],
            _ => l["{0} sem. {1} j", weeks, rest],
        };
    }
}
