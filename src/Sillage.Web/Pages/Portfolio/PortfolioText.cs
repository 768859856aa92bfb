using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The French labels of the portfolio's enumerations (each a literal key of the catalogue).</summary>
public static class PortfolioText
{
    public static string Kind(IStringLocalizer<Text> l, TraceKind kind) => kind switch
    {
        TraceKind.ActivityReport => l["Compte rendu d'activité"],
        TraceKind.Production => l["Production"],
        TraceKind.Reflection => l["Réflexion / analyse de pratique"],
        TraceKind.OrganisationPresentation => l["Présentation d'organisation"],
        _ => l["Autre"],
    };

    public static string Context(IStringLocalizer<Text> l, TraceContext context) => context switch
    {
        TraceContext.Formation => l["Formation"],
        TraceContext.Pfmp => l["PFMP"],
        TraceContext.Projet => l["Projet"],
        _ => l["Situation professionnelle"],
    };

    public static string Verdict(IStringLocalizer<Text> l, FeedbackVerdict verdict) => verdict switch
    {
        FeedbackVerdict.ToRework => l["À reprendre"],
        FeedbackVerdict.Validated => l["Validé"],
        _ => l["Remarque"],
    };

    /// <summary>Self-positioning on the default scale (the labels of Sillage.Domain.Suivi.DefaultScale).</summary>
    public static string Level(IStringLocalizer<Text> l, int? rank) => rank switch
    {
        1 => l["Insuffisant"],
        2 => l["En cours d'acquisition"],
        3 => l["Acquis"],
        4 => l["Maîtrisé"],
        _ => l["Non positionné"],
    };

    public static readonly TraceKind[] Kinds = Enum.GetValues<TraceKind>();
    public static readonly TraceContext[] Contexts = Enum.GetValues<TraceContext>();
}
