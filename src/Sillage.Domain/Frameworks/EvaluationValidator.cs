namespace Sillage.Domain.Frameworks;

/// <summary>Checks the evaluation part of a framework file (épreuves, situations, final mark).</summary>
internal static class EvaluationValidator
{
    public static readonly IReadOnlyList<string> Modes = ["ccf", "ponctuel"];
    public static readonly IReadOnlyList<string> Forms = ["oral", "sans-candidat", "pratique", "ecrit"];
    public static readonly IReadOnlyList<string> Conditions = ["pfmp-complete"];
    public static readonly IReadOnlyList<string> FinalMarkRules = ["weighted-average"];

    /// <summary>Longest situation the format accepts (a whole day of practical work).</summary>
    public const int MaxMinutes = 8 * 60;

    /// <summary>Largest group a situation may name.</summary>
    public const int MaxGroupSize = 10;

    public static void Validate(FrameworkFileEvaluation evaluation, List<FrameworkFileBlock> blocks, List<FrameworkProblem> problems)
    {
        if (evaluation.FinalMark is { } rule && !FinalMarkRules.Contains(rule))
        {
            problems.Add(new("$.evaluation.finalMark", Unknown(rule, FinalMarkRules)));
        }

        if (evaluation.PfmpWeeks is < 1 or > 52)
        {
            problems.Add(new("$.evaluation.pfmpWeeks", new Message("La durée de PFMP doit être comprise entre 1 et 52 semaines.")));
        }

        if (evaluation.Exams is not { Count: > 0 })
        {
            problems.Add(new("$.evaluation.exams", new Message("La partie évaluation doit contenir au moins une épreuve.")));
            return;
        }

        var blockCodes = blocks.Where(b => !string.IsNullOrWhiteSpace(b.Code)).ToDictionary(b => b.Code!.Trim(), StringComparer.OrdinalIgnoreCase);
        var examCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var situationCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var e = 0; e < evaluation.Exams.Count; e++)
        {
            Exam(evaluation, evaluation.Exams[e], $"$.evaluation.exams[{e}]", blockCodes, examCodes, situationCodes, problems);
        }
    }

    private static void Exam(FrameworkFileEvaluation evaluation, FrameworkFileExam exam, string path, Dictionary<string, FrameworkFileBlock> blocks,
        Dictionary<string, string> examCodes, Dictionary<string, string> situationCodes, List<FrameworkProblem> problems)
    {
        if (FrameworkValidator.Required(exam.Code, $"{path}.code", new Message("le code de l'épreuve"), problems))
        {
            FrameworkValidator.Unique(exam.Code!, $"{path}.code", examCodes, problems);
        }

        FrameworkValidator.Required(exam.Title, $"{path}.title", new Message("l'intitulé de l'épreuve"), problems);
        if (FrameworkValidator.Required(exam.Block, $"{path}.block", new Message("le bloc certifié par l'épreuve"), problems))
        {
            if (!blocks.TryGetValue(exam.Block!.Trim(), out var block))
            {
                problems.Add(new($"{path}.block", new Message("Bloc « {0} » inconnu dans ce référentiel.", exam.Block)));
            }
            else if (!string.IsNullOrWhiteSpace(block.Exam) && exam.Code is { } code && !string.Equals(block.Exam.Trim(), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new($"{path}.block", new Message("Le bloc « {0} » indique l'épreuve « {1} », pas « {2} ».", block.Code!, block.Exam, code)));
            }
        }

        if (exam.Coefficient is not { } coefficient)
        {
            problems.Add(new($"{path}.coefficient", new Message("Valeur manquante : {0}.", new Message("le coefficient"))));
        }
        else if (coefficient is <= 0 or > 100)
        {
            problems.Add(new($"{path}.coefficient", new Message("Le coefficient doit être supérieur à 0 et au plus 100.")));
        }

        if (exam.Mode is null || !Modes.Contains(exam.Mode))
        {
            problems.Add(new($"{path}.mode", Unknown(exam.Mode ?? "", Modes)));
        }

        for (var c = 0; c < (exam.Conditions?.Count ?? 0); c++)
        {
            var condition = exam.Conditions![c];
            if (!Conditions.Contains(condition))
            {
                problems.Add(new($"{path}.conditions[{c}]", Unknown(condition, Conditions)));
            }
            else if (evaluation.PfmpWeeks is null)
            {
                problems.Add(new($"{path}.conditions[{c}]", new Message("La condition « pfmp-complete » demande la durée de PFMP du diplôme ($.evaluation.pfmpWeeks).")));
            }
        }

        if (exam.Situations is not { Count: > 0 })
        {
            if (exam.Mode == "ccf")
            {
                problems.Add(new($"{path}.situations", new Message("Une épreuve en CCF doit décrire au moins une situation d'évaluation.")));
            }

            return;
        }

        for (var s = 0; s < exam.Situations.Count; s++)
        {
            Situation(exam.Situations[s], $"{path}.situations[{s}]", situationCodes, problems);
        }

        if (exam.Situations.Any(s => s.Weight is not null) && exam.Situations.Any(s => s.Weight is null))
        {
            problems.Add(new($"{path}.situations", new Message("Donnez un poids à toutes les situations de l'épreuve, ou à aucune.")));
        }
    }

    private static void Situation(FrameworkFileExamSituation situation, string path, Dictionary<string, string> codes, List<FrameworkProblem> problems)
    {
        if (FrameworkValidator.Required(situation.Code, $"{path}.code", new Message("le code de la situation"), problems))
        {
            FrameworkValidator.Unique(situation.Code!, $"{path}.code", codes, problems);
        }

        FrameworkValidator.Required(situation.Title, $"{path}.title", new Message("l'intitulé de la situation"), problems);
        if (situation.Form is null || !Forms.Contains(situation.Form))
        {
            problems.Add(new($"{path}.form", Unknown(situation.Form ?? "", Forms)));
        }

        if (situation.DurationMinutes is < 1 or > MaxMinutes)
        {
            problems.Add(new($"{path}.durationMinutes", new Message("La durée doit être comprise entre 1 et {0} minutes.", MaxMinutes)));
        }

        var parts = situation.Parts ?? [];
        for (var p = 0; p < parts.Count; p++)
        {
            FrameworkValidator.Required(parts[p].Title, $"{path}.parts[{p}].title", new Message("l'intitulé de la partie"), problems);
            if (parts[p].Minutes is < 1 or > MaxMinutes)
            {
                problems.Add(new($"{path}.parts[{p}].minutes", new Message("La durée doit être comprise entre 1 et {0} minutes.", MaxMinutes)));
            }
        }

        if (situation.DurationMinutes is { } duration && parts.Sum(p => p.Minutes ?? 0) is var sum && sum > duration)
        {
            problems.Add(new($"{path}.parts", new Message("Les parties durent {0} minutes, plus que la durée de la situation ({1} minutes).", sum, duration)));
        }

        if (situation.GroupSize is { } group
            && (group.Min is not { } min || group.Max is not { } max || min < 1 || max < min || max > MaxGroupSize))
        {
            problems.Add(new($"{path}.groupSize", new Message("La taille du groupe doit aller d'un minimum d'au moins 1 à un maximum d'au plus {0}.", MaxGroupSize)));
        }

        if (situation.Weight is <= 0 or > 100)
        {
            problems.Add(new($"{path}.weight", new Message("Le poids doit être supérieur à 0 et au plus 100.")));
        }
    }

    private static Message Unknown(string value, IReadOnlyList<string> allowed) =>
        new Message("Valeur « {0} » inconnue : valeurs possibles {1}.", value, string.Join(", ", allowed));
}
