namespace Sillage.Domain.Portfolio;

/// <summary>What a trace's content must be, as messages keyed by field. The same rules serve the
/// editor, the autosave and the demo.</summary>
public static class TraceRules
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 100_000;
    public const int ContextLabelMaxLength = 200;

    public static IReadOnlyList<(string Field, Message Message)> Check(TraceContent content, DateOnly today)
    {
        var problems = new List<(string, Message)>();
        if (string.IsNullOrWhiteSpace(content.Title))
        {
            problems.Add((nameof(content.Title), new Message("Donnez un titre à la trace.")));
        }
        else if (content.Title.Trim().Length > TitleMaxLength)
        {
            problems.Add((nameof(content.Title), new Message("Le titre ne doit pas dépasser {0} caractères.", TitleMaxLength)));
        }

        if (!Enum.IsDefined(content.Kind))
        {
            problems.Add((nameof(content.Kind), new Message("Choisissez le type de trace dans la liste.")));
        }

        if (!Enum.IsDefined(content.Context))
        {
            problems.Add((nameof(content.Context), new Message("Choisissez le contexte dans la liste.")));
        }

        if (content.ActivityDate > today)
        {
            problems.Add((nameof(content.ActivityDate), new Message("La date de l'activité ne peut pas être dans le futur.")));
        }
        else if (content.ActivityDate < today.AddYears(-10))
        {
            problems.Add((nameof(content.ActivityDate), new Message("La date de l'activité est trop ancienne (plus de dix ans).")));
        }

        if ((content.ContextLabel?.Length ?? 0) > ContextLabelMaxLength)
        {
            problems.Add((nameof(content.ContextLabel), new Message("La précision du contexte ne doit pas dépasser {0} caractères.", ContextLabelMaxLength)));
        }

        if (content.Body.Length > BodyMaxLength)
        {
            problems.Add((nameof(content.Body), new Message("Le texte dépasse {0:N0} caractères : découpez-le en plusieurs traces ou joignez un document.", BodyMaxLength)));
        }

        problems.AddRange(TraceTags.Problems(content.Tags).Select(m => (nameof(content.Tags), m)));
        return problems;
    }
}
