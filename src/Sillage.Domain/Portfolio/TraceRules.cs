namespace Sillage.Domain.Portfolio;

/// <summary>What a trace's content must be, as French messages keyed by field. The same rules serve the
/// editor, the autosave and the demo.</summary>
public static class TraceRules
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 100_000;
    public const int ContextLabelMaxLength = 200;

    public static IReadOnlyList<(string Field, string Message)> Check(TraceContent content, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(content.Title))
        {
            problems.Add((nameof(content.Title), "Donnez un titre à la trace."));
        }
        else if (content.Title.Trim().Length > TitleMaxLength)
        {
            problems.Add((nameof(content.Title), $"Le titre ne doit pas dépasser {TitleMaxLength} caractères."));
        }

        if (!Enum.IsDefined(content.Kind))
        {
            problems.Add((nameof(content.Kind), "Choisissez le type de trace dans la liste."));
        }

        if (!Enum.IsDefined(content.Context))
        {
            problems.Add((nameof(content.Context), "Choisissez le contexte dans la liste."));
        }

        if (content.ActivityDate > today)
        {
            problems.Add((nameof(content.ActivityDate), "La date de l'activité ne peut pas être dans le futur."));
        }
        else if (content.ActivityDate < today.AddYears(-10))
        {
            problems.Add((nameof(content.ActivityDate), "La date de l'activité est trop ancienne (plus de dix ans)."));
        }

        if ((content.ContextLabel?.Length ?? 0) > ContextLabelMaxLength)
        {
            problems.Add((nameof(content.ContextLabel), $"La précision du contexte ne doit pas dépasser {ContextLabelMaxLength} caractères."));
        }

        if (content.Body.Length > BodyMaxLength)
        {
            problems.Add((nameof(content.Body), $"Le texte dépasse {BodyMaxLength:N0} caractères : découpez-le en plusieurs traces ou joignez un document."));
        }

        problems.AddRange(TraceTags.Problems(content.Tags).Select(m => (nameof(content.Tags), m)));
        return problems;
    }
}
