using Sillage.Domain;
using Sillage.Domain.People;

namespace Sillage.Web.Pages.People;

/// <summary>The checks the SIECLE and STS-web import plans share: the file's establishment, the division → cohort
/// choices, the e-mails typed for new accounts.</summary>
public static class SchoolImportChecks
{
    /// <summary>The errors that stop the whole file: the reader's, another establishment's UAI, a division mapped to a
    /// cohort that is not one of the establishment's, no division mapped at all.</summary>
    public static List<Message> FileErrors(IReadOnlyList<Message> readErrors, string fileUai, string establishmentUai,
        IReadOnlyList<(string Code, Guid? CohortId)> divisions, IReadOnlyCollection<Guid> cohorts)
    {
        var errors = readErrors.ToList();
        if (errors.Count == 0 && !string.Equals(fileUai, establishmentUai, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new Message("Ce fichier est l'export de l'établissement {0} (PARAMETRES/UAJ), pas de votre établissement {1} : rien n'a été importé.", fileUai, establishmentUai));
        }

        foreach (var (code, _) in divisions.Where(d => d.CohortId is { } id && !cohorts.Contains(id)))
        {
            errors.Add(new Message("Division {0} : la promotion choisie n'existe pas ou n'est pas de votre établissement.", code));
        }

        if (errors.Count == 0 && divisions.All(d => d.CohortId is null))
        {
            errors.Add(new Message("Aucune division du fichier ({0}) n'est associée à une promotion : choisissez la promotion de chaque division de la MC/CS.",
                divisions.Count == 0 ? "—" : string.Join(", ", divisions.Select(d => d.Code))));
        }

        return errors;
    }

    /// <summary>The problem of an e-mail typed for a new account (normalised), or null; <paramref name="typed"/>
    /// collects the addresses already typed, by record id, to find one typed twice.</summary>
    public static Message? EmailProblem(string email, string recordId, ISet<string> taken, Dictionary<string, string> typed, Func<string, string, Message> twice)
    {
        if (PersonRules.CheckEmail(email) is { } invalid)
        {
            return invalid;
        }

        if (taken.Contains(email))
        {
            return new Message("L'adresse e-mail « {0} » appartient déjà à un compte.", email);
        }

        return typed.TryAdd(email, recordId) ? null : twice(email, typed[email]);
    }
}
