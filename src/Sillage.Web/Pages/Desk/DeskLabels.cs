using Microsoft.Extensions.Localization;
using Sillage.Domain.FilRouge;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Desk;

/// <summary>The French words of the desk's choices (catalogue keys, translated by the caller's localiser).</summary>
public static class DeskLabels
{
    public static string Of(IStringLocalizer<Text> l, DeskService service) => l[service switch
    {
        DeskService.SupportFormation => "Support et formation",
        DeskService.AnimationCommunication => "Animation et communication",
        _ => "Back office",
    }];

    public static string Of(IStringLocalizer<Text> l, RequestCategory category) => l[category switch
    {
        RequestCategory.Hardware => "Matériel",
        RequestCategory.Software => "Logiciel",
        RequestCategory.AccountRights => "Compte et droits",
        RequestCategory.Network => "Réseau",
        RequestCategory.Website => "Site web",
        RequestCategory.Communication => "Communication",
        _ => "Autre",
    }];

    public static string Of(IStringLocalizer<Text> l, RequestPriority priority) => l[priority switch
    {
        RequestPriority.Low => "Basse",
        RequestPriority.Normal => "Normale",
        RequestPriority.High => "Haute",
        _ => "Urgente",
    }];

    public static string Of(IStringLocalizer<Text> l, RequestState state) => l[state switch
    {
        RequestState.New => "Nouvelle",
        RequestState.InProgress => "Prise en charge",
        RequestState.WaitingForUser => "En attente de l'utilisateur",
        RequestState.WaitingForThirdParty => "En attente d'un tiers",
        RequestState.Escalated => "Escaladée",
        RequestState.Resolved => "Résolue",
        _ => "Clôturée",
    }];

    /// <summary>What the button moving a request to this state says.</summary>
    public static string Step(IStringLocalizer<Text> l, RequestState from, RequestState to) => l[to == from ? "Répondre (sans changer l'état)" : to switch
    {
        RequestState.InProgress => "Reprendre le traitement",
        RequestState.WaitingForUser => "Mettre en attente de l'utilisateur",
        RequestState.WaitingForThirdParty => "Mettre en attente d'un tiers",
        RequestState.Escalated => "Escalader",
        RequestState.Resolved => "Marquer comme résolue",
        _ => "Clôturer",
    }];

    public static string Mark(IStringLocalizer<Text> l, int mark) => l[mark switch
    {
        1 => "À reprendre",
        2 => "Correct",
        3 => "Bon",
        _ => "Exemplaire",
    }];

    public static string Duration(IStringLocalizer<Text> l, int? minutes) =>
        minutes is not { } m ? "—" : m < 60 ? l["{0} min", m] : m < 24 * 60 ? l["{0} h {1:00}", m / 60, m % 60] : l["{0} j {1} h", m / (24 * 60), m % (24 * 60) / 60];
}
