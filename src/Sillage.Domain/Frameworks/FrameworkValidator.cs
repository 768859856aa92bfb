namespace Sillage.Domain.Frameworks;

/// <summary>Checks a framework file and reports every problem with its path, so that an import can be
/// refused as a whole with a list the author can fix in one pass.</summary>
public static class FrameworkValidator
{
    public static readonly IReadOnlySet<string> ConditionCategories =
        new HashSet<string>(StringComparer.Ordinal) { "reglementaire", "organisation", "metier", "equipements" };

    /// <param name="file">The parsed file.</param>
    /// <param name="knownCodes">Codes of the elements of another framework, by framework code; null when
    /// that framework is not known to the platform.</param>
    public static IReadOnlyList<FrameworkProblem> Validate(FrameworkFile file, Func<string, IReadOnlySet<string>?> knownCodes)
    {
        var problems = new List<FrameworkProblem>();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        if (file.Format != FrameworkFile.CurrentFormat)
        {
            problems.Add(new("$.format", new Message("Format « {0} » inconnu : la valeur attendue est « {1} ».", file.Format ?? "", FrameworkFile.CurrentFormat)));
        }

        Required(file.Code, "$.code", new Message("le code du référentiel"), problems);
        if (file.Code is { Length: > 0 } code && !IsSlug(code))
        {
            problems.Add(new("$.code", new Message("Le code du référentiel ne peut contenir que des lettres minuscules non accentuées, des chiffres et des tirets.")));
        }

        Required(file.Version, "$.version", new Message("la version"), problems);
        Required(file.Title, "$.title", new Message("le titre"), problems);

        for (var i = 0; i < (file.Levels?.Count ?? 0); i++)
        {
            var level = file.Levels![i];
            Required(level.Code, $"$.levels[{i}].code", new Message("le code du niveau"), problems);
            Required(level.Title, $"$.levels[{i}].title", new Message("l'intitulé du niveau"), problems);
        }

        if (file.Blocks is not { Count: > 0 })
        {
            problems.Add(new("$.blocks", new Message("Le référentiel doit contenir au moins un bloc.")));
            return problems;
        }

        for (var b = 0; b < file.Blocks.Count; b++)
        {
            var block = file.Blocks[b];
            var path = $"$.blocks[{b}]";
            Element(block.Code, block.Title, path, codes, problems);
            if (block.Competences is not { Count: > 0 })
            {
                problems.Add(new($"{path}.competences", new Message("Le bloc doit contenir au moins une compétence.")));
                continue;
            }

            for (var c = 0; c < block.Competences.Count; c++)
            {
                Competence(block.Competences[c], $"{path}.competences[{c}]", codes, knownCodes, problems);
            }

            Items(block.TransversalCompetences, $"{path}.transversalCompetences", codes, problems);
        }

        ProfessionalActivities(file, problems);

        if (file.Evaluation is { } evaluation)
        {
            EvaluationValidator.Validate(evaluation, file.Blocks, problems);
        }

        return problems;
    }

    private static void Competence(FrameworkFileCompetence competence, string path, Dictionary<string, string> codes,
        Func<string, IReadOnlySet<string>?> knownCodes, List<FrameworkProblem> problems)
    {
        Element(competence.Code, competence.Title, path, codes, problems);
        Items(competence.Knowledge, $"{path}.knowledge", codes, problems);
        Items(competence.ExpectedResults, $"{path}.expectedResults", codes, problems);
        Items(competence.Criteria, $"{path}.criteria", codes, problems);
        Mappings(competence.Mappings, $"{path}.mappings", knownCodes, problems);

        for (var i = 0; i < (competence.Conditions?.Count ?? 0); i++)
        {
            var condition = competence.Conditions![i];
            Required(condition.Title, $"{path}.conditions[{i}].title", new Message("l'intitulé de la condition"), problems);
            if (condition.Category is null || !ConditionCategories.Contains(condition.Category))
            {
                problems.Add(new($"{path}.conditions[{i}].category",
                    new Message("Catégorie « {0} » inconnue : valeurs possibles {1}.", condition.Category ?? "", string.Join(", ", ConditionCategories))));
            }
        }

        for (var d = 0; d < (competence.DetailedCompetences?.Count ?? 0); d++)
        {
            var detailed = competence.DetailedCompetences![d];
            var detailedPath = $"{path}.detailedCompetences[{d}]";
            Element(detailed.Code, detailed.Title, detailedPath, codes, problems);
            Items(detailed.Knowledge, $"{detailedPath}.knowledge", codes, problems);
            Items(detailed.ExpectedResults, $"{detailedPath}.expectedResults", codes, problems);
            Items(detailed.Criteria, $"{detailedPath}.criteria", codes, problems);
            Mappings(detailed.Mappings, $"{detailedPath}.mappings", knownCodes, problems);
        }
    }

    /// <summary>Pôles, activités and tâches have their own codes (P1, A1.2, T1.2.3…), unique among themselves;
    /// a tâche's compétences must be compétences or compétences détaillées of this file.</summary>
    private static void ProfessionalActivities(FrameworkFile file, List<FrameworkProblem> problems)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var competences = file.ElementCodes();
        for (var p = 0; p < (file.ProfessionalActivities?.Count ?? 0); p++)
        {
            var pole = file.ProfessionalActivities![p];
            var polePath = $"$.professionalActivities[{p}]";
            Element(pole.Code, pole.Title, polePath, codes, problems);
            for (var a = 0; a < (pole.Activities?.Count ?? 0); a++)
            {
                var activity = pole.Activities![a];
                var activityPath = $"{polePath}.activities[{a}]";
                Element(activity.Code, activity.Title, activityPath, codes, problems);
                for (var t = 0; t < (activity.Tasks?.Count ?? 0); t++)
                {
                    var task = activity.Tasks![t];
                    var taskPath = $"{activityPath}.tasks[{t}]";
                    Element(task.Code, task.Title, taskPath, codes, problems);
                    for (var c = 0; c < (task.Competences?.Count ?? 0); c++)
                    {
                        if (!competences.Contains(task.Competences![c].Trim()))
                        {
                            problems.Add(new($"{taskPath}.competences[{c}]",
                                new Message("Compétence « {0} » inconnue dans ce référentiel.", task.Competences[c])));
                        }
                    }
                }
            }
        }
    }

    private static void Items(List<FrameworkFileItem>? items, string path, Dictionary<string, string> codes, List<FrameworkProblem> problems)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            Required(item.Title, $"{path}[{i}].title", new Message("l'intitulé"), problems);
            if (!string.IsNullOrWhiteSpace(item.Code))
            {
                Unique(item.Code, $"{path}[{i}].code", codes, problems);
            }
        }
    }

    private static void Mappings(List<FrameworkFileMapping>? mappings, string path,
        Func<string, IReadOnlySet<string>?> knownCodes, List<FrameworkProblem> problems)
    {
        for (var m = 0; m < (mappings?.Count ?? 0); m++)
        {
            var mapping = mappings![m];
            var mappingPath = $"{path}[{m}]";
            if (string.IsNullOrWhiteSpace(mapping.Framework))
            {
                problems.Add(new($"{mappingPath}.framework", new Message("Le référentiel cible de la correspondance est manquant.")));
                continue;
            }

            var targetCodes = knownCodes(mapping.Framework);
            if (targetCodes is null)
            {
                problems.Add(new($"{mappingPath}.framework",
                    new Message("Référentiel cible « {0} » inconnu : importez-le d'abord.", mapping.Framework)));
                continue;
            }

            for (var c = 0; c < (mapping.Codes?.Count ?? 0); c++)
            {
                var target = mapping.Codes![c];
                if (!targetCodes.Contains(target))
                {
                    problems.Add(new($"{mappingPath}.codes[{c}]",
                        new Message("Code « {0} » inconnu dans le référentiel « {1} ».", target, mapping.Framework)));
                }
            }
        }
    }

    private static void Element(string? code, string? title, string path, Dictionary<string, string> codes, List<FrameworkProblem> problems)
    {
        if (Required(code, $"{path}.code", new Message("le code"), problems))
        {
            Unique(code!, $"{path}.code", codes, problems);
        }

        Required(title, $"{path}.title", new Message("l'intitulé"), problems);
    }

    internal static void Unique(string code, string path, Dictionary<string, string> codes, List<FrameworkProblem> problems)
    {
        if (codes.TryGetValue(code.Trim(), out var firstPath))
        {
            problems.Add(new(path, new Message("Code « {0} » en double (déjà utilisé en {1}).", code, firstPath)));
        }
        else
        {
            codes[code.Trim()] = path;
        }
    }

    internal static bool Required(string? value, string path, Message what, List<FrameworkProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        problems.Add(new(path, new Message("Valeur manquante : {0}.", what)));
        return false;
    }

    private static bool IsSlug(string code) => code.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
