using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The French labels of the search's values (English from the catalogue).</summary>
public static class SearchLabels
{
    public static string Channel(ApplicationChannel channel, IStringLocalizer l) => channel switch
    {
        ApplicationChannel.Letter => l["Courrier"],
        ApplicationChannel.Email => l["E-mail"],
        ApplicationChannel.Phone => l["Téléphone"],
        ApplicationChannel.Visit => l["Visite sur place"],
        ApplicationChannel.OnlineForm => l["Candidature en ligne"],
        ApplicationChannel.Network => l["Réseau, relation"],
        _ => channel.ToString(),
    };

    public static string Answer(ApplicationAnswer answer, IStringLocalizer l) => answer switch
    {
        ApplicationAnswer.Waiting => l["En attente"],
        ApplicationAnswer.Refused => l["Refusée"],
        ApplicationAnswer.Interview => l["Entretien"],
        ApplicationAnswer.Accepted => l["Acceptée"],
        _ => answer.ToString(),
    };

    /// <summary>Bootstrap classes of the answer's badge (the text always says the answer).</summary>
    public static string AnswerClass(ApplicationAnswer answer) => answer switch
    {
        ApplicationAnswer.Accepted => "text-bg-success",
        ApplicationAnswer.Refused => "text-bg-secondary",
        ApplicationAnswer.Interview => "text-bg-info",
        _ => "text-bg-light border",
    };

    public static string Status(PfmpSearchStatus status, IStringLocalizer l) => status switch
    {
        PfmpSearchStatus.NotStarted => l["Pas encore de recherche"],
        PfmpSearchStatus.Searching => l["En recherche"],
        PfmpSearchStatus.Accepted => l["Candidature acceptée"],
        PfmpSearchStatus.PeriodCreated => l["Période créée"],
        _ => status.ToString(),
    };

    public static string StatusClass(PfmpSearchStatus status) => status switch
    {
        PfmpSearchStatus.NotStarted => "text-bg-warning",
        PfmpSearchStatus.Accepted => "text-bg-info",
        PfmpSearchStatus.PeriodCreated => "text-bg-success",
        _ => "text-bg-light border",
    };
}
