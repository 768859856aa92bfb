using Sillage.Domain.Teaching;

namespace Sillage.Web.Pages.Cahier;

/// <summary>French labels (catalogue keys) of the cahier de textes' values.</summary>
public static class CahierLabels
{
    public static string Kind(SessionKind kind) => kind switch
    {
        SessionKind.Class => "Cours, travaux dirigés ou mise en situation",
        SessionKind.CoTeaching => "Co-intervention (plusieurs enseignants)",
        SessionKind.TracesWorkshop => "Séance collective sur l'écriture des traces",
        SessionKind.Speaker => "Intervention d'un professionnel extérieur",
        _ => kind.ToString(),
    };

    public static string ShortKind(SessionKind kind) => kind switch
    {
        SessionKind.CoTeaching => "Co-intervention",
        SessionKind.TracesWorkshop => "Atelier traces",
        SessionKind.Speaker => "Intervenant",
        _ => "Cours",
    };

    public static string WeekKind(Sillage.Domain.Plan.PlanWeekKind kind) => kind switch
    {
        Sillage.Domain.Plan.PlanWeekKind.Integration => "Intégration",
        Sillage.Domain.Plan.PlanWeekKind.School => "En établissement",
        Sillage.Domain.Plan.PlanWeekKind.Pfmp => "PFMP",
        Sillage.Domain.Plan.PlanWeekKind.Holiday => "Vacances",
        _ => "Hors formation",
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Absent => "Absent(e)",
        AttendanceStatus.Late => "En retard",
        _ => status.ToString(),
    };
}
