using Sillage.Domain.Team;

namespace Sillage.Web.Pages.Team;

/// <summary>The French names of the disciplines (the English ones are in the catalogue).</summary>
public static class TeamLabels
{
    public static readonly IReadOnlyList<Discipline> Disciplines = [Discipline.EconomicsAndManagement, Discipline.English, Discipline.Other];

    public static string Of(Discipline? discipline) => discipline switch
    {
        Discipline.EconomicsAndManagement => "Économie-gestion",
        Discipline.English => "Anglais",
        Discipline.Other => "Autre discipline",
        _ => "Discipline non précisée",
    };
}
