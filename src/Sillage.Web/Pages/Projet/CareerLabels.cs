using Microsoft.Extensions.Localization;
using Sillage.Domain.Career;

namespace Sillage.Web.Pages.Projet;

/// <summary>The French labels of the follow-up's choices (translated by the catalogue).</summary>
public static class CareerLabels
{
    public static string Kind(SituationKind kind, IStringLocalizer l) => kind switch
    {
        SituationKind.Employment => l["En emploi"],
        SituationKind.FurtherStudies => l["En poursuite d'études"],
        SituationKind.JobSeeking => l["En recherche d'emploi"],
        _ => l["Autre situation"],
    };

    public static string Contract(EmploymentContract contract, IStringLocalizer l) => contract switch
    {
        EmploymentContract.Permanent => l["CDI"],
        EmploymentContract.FixedTerm => l["CDD"],
        EmploymentContract.Temporary => l["Intérim"],
        _ => l["Indépendant"],
    };

    public static string Milestone(FollowUpMilestone milestone, IStringLocalizer l) =>
        milestone == FollowUpMilestone.SixMonths ? l["À 6 mois"] : l["À 12 mois"];

    /// <summary>"En emploi (CDD) — Mairie de Lille" / "En poursuite d'études : BTS SIO".</summary>
    public static string Describe(GraduateSituation s, IStringLocalizer l)
    {
        var text = Kind(s.Kind, l);
        if (s.Contract is { } contract)
        {
            text += $" ({Contract(contract, l)})";
        }

        if (s.Studies is not null)
        {
            text += " : " + s.Studies;
        }

        return s.Employer is null ? text : $"{text} — {s.Employer}";
    }
}
