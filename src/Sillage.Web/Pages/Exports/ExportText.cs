using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>French labels used in the exported files (which are written in French whatever the reader's UI language).</summary>
public static class ExportText
{
    public static string Kind(TraceKind kind) => kind switch
    {
        TraceKind.ActivityReport => "Compte rendu d'activité",
        TraceKind.Production => "Production",
        TraceKind.Reflection => "Réflexion",
        TraceKind.OrganisationPresentation => "Présentation d'organisation",
        _ => "Autre",
    };

    public static string Context(TraceContext context) => context switch
    {
        TraceContext.Formation => "Formation",
        TraceContext.Pfmp => "PFMP",
        TraceContext.Projet => "Projet",
        _ => "Situation professionnelle",
    };
}
