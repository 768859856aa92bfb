using Sillage.Domain.Organisations;
using Sillage.Domain.Resources;

namespace Sillage.Domain.Situations;

/// <summary>Checks a situation file and reports every problem with its JSON path, so that an import is refused
/// as a whole with a list the author can fix in one pass. The same limits serve the edit forms.</summary>
public static class SituationFileValidator
{
    public const int MaxTextLength = 20_000;

    /// <param name="file">The parsed file (one situation or a bundle).</param>
    /// <param name="frameworkCodes">Codes of the blocs, compétences and compétences détaillées of a framework named by a
    /// situation; null when the platform does not know that framework.</param>
    /// <param name="checkDocument">Checks a document's name and decoded content; returns the problem or null.</param>
    public static IReadOnlyList<SituationProblem> Validate(SituationFile file, Func<SituationFileFramework, IReadOnlySet<string>?> frameworkCodes,
        Func<string?, byte[], Message?> checkDocument)
    {
        var problems = new List<SituationProblem>();
        if (file.Format != SituationFile.CurrentFormat)
        {
            problems.Add(new("$.format", new Message("Format « {0} » inconnu : la valeur attendue est « {1} ».", file.Format ?? "", SituationFile.CurrentFormat)));
        }

        if (file.Situations is { } bundle)
        {
            if (bundle.Count == 0)
            {
                problems.Add(new("$.situations", new Message("Le fichier ne contient aucune situation.")));
            }

            for (var i = 0; i < bundle.Count; i++)
            {
                One(bundle[i], $"$.situations[{i}]", frameworkCodes, checkDocument, problems);
            }
        }
        else
        {
            One(file, "$", frameworkCodes, checkDocument, problems);
        }

        return problems;
    }

    private static void One(SituationFile file, string root, Func<SituationFileFramework, IReadOnlySet<string>?> frameworkCodes,
        Func<string?, byte[], Message?> checkDocument, List<SituationProblem> problems)
    {
        if (Situation.CheckTitle(file.Title) is { } title)
        {
            problems.Add(new($"{root}.title", title));
        }

        IReadOnlySet<string>? codes = null;
        if (string.IsNullOrWhiteSpace(file.Framework?.Code))
        {
            problems.Add(new($"{root}.framework.code", new Message("Indiquez le code du référentiel des compétences (ex. : mc-sno).")));
        }
        else if ((codes = frameworkCodes(file.Framework)) is null)
        {
            problems.Add(new($"{root}.framework.code", new Message("Le référentiel « {0} » n'est pas installé sur cette plateforme : importez-le d'abord.", file.Framework.Code)));
        }

        Text(file.Context, $"{root}.context", problems);
        Text(file.Intention, $"{root}.intention", problems);
        Text(file.Restitution, $"{root}.restitution", problems);
        Text(file.EnglishResources, $"{root}.englishResources", problems);
        for (var i = 0; i < (file.Modalities?.Count ?? 0); i++)
        {
            if (SituationModalities.FromCode(file.Modalities![i]) is null)
            {
                problems.Add(new($"{root}.modalities[{i}]", new Message("Modalité « {0} » inconnue : « individuel », « groupe » ou « projet » attendu.", file.Modalities[i])));
            }
        }

        if (file.Organisation is { } organisation)
        {
            problems.AddRange(OrganisationRules.Check(organisation, $"{root}.organisation").Select(p => new SituationProblem(p.Path, p.Message)));
        }

        ResourceList(file.Resources, $"{root}.resources", problems);
        Documents(file.Documents, $"{root}.documents", checkDocument, problems);
        for (var m = 0; m < (file.Missions?.Count ?? 0); m++)
        {
            var mission = file.Missions![m];
            var path = $"{root}.missions[{m}]";
            if (Mission.CheckTitle(mission.Title) is { } problem)
            {
                problems.Add(new($"{path}.title", problem));
            }

            Text(mission.Description, $"{path}.description", problems);
            Text(mission.Conditions, $"{path}.conditions", problems);
            Text(mission.Productions, $"{path}.productions", problems);
            Text(mission.Criteria, $"{path}.criteria", problems);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < (mission.Competences?.Count ?? 0); c++)
            {
                var code = mission.Competences![c];
                if (string.IsNullOrWhiteSpace(code))
                {
                    problems.Add(new($"{path}.competences[{c}]", new Message("Code de compétence vide.")));
                }
                else if (!seen.Add(code))
                {
                    problems.Add(new($"{path}.competences[{c}]", new Message("La compétence « {0} » est citée deux fois.", code)));
                }
                else if (codes is not null && !codes.Contains(code))
                {
                    problems.Add(new($"{path}.competences[{c}]",
                        new Message("« {0} » n'est ni un bloc, ni une compétence, ni une compétence détaillée du référentiel « {1} ».", code, file.Framework?.Code ?? "")));
                }
            }

            ResourceList(mission.Resources, $"{path}.resources", problems);
            Documents(mission.Documents, $"{path}.documents", checkDocument, problems);
        }
    }

    private static void Text(string? value, string path, List<SituationProblem> problems)
    {
        if (value is { Length: > MaxTextLength })
        {
            problems.Add(new(path, new Message("Texte trop long ({0} caractères, {1} au plus).", value.Length, MaxTextLength)));
        }
    }

    private static void ResourceList(List<SituationFileResource>? resources, string path, List<SituationProblem> problems)
    {
        for (var i = 0; i < (resources?.Count ?? 0); i++)
        {
            var resource = resources![i];
            if (Resource.CheckTitle(resource.Title) is { } title)
            {
                problems.Add(new($"{path}[{i}].title", title));
            }

            if (Resource.CheckUrl(resource.Url) is { } url)
            {
                problems.Add(new($"{path}[{i}].url", url));
            }

            if (ResourceAudiences.FromCode(resource.Audience) is null)
            {
                problems.Add(new($"{path}[{i}].audience", new Message("Public inconnu « {0} » (everyone, teachers ou learners).", resource.Audience!)));
            }
        }
    }

    private static void Documents(List<SituationFileDocument>? documents, string path, Func<string?, byte[], Message?> check,
        List<SituationProblem> problems)
    {
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            if (string.IsNullOrWhiteSpace(document.Title))
            {
                problems.Add(new($"{path}[{i}].title", new Message("Le titre du document est obligatoire.")));
            }

            byte[] content;
            try
            {
                content = Convert.FromBase64String(document.Content ?? "");
            }
            catch (FormatException)
            {
                problems.Add(new($"{path}[{i}].content", new Message("Le contenu du document n'est pas du base 64 valide.")));
                continue;
            }

            if (check(document.FileName, content) is { } problem)
            {
                problems.Add(new($"{path}[{i}].fileName", problem));
            }
        }
    }
}
