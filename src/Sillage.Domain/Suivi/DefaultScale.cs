namespace Sillage.Domain.Suivi;

/// <summary>The scale a framework gets until its référent changes it: non évalué, then four levels.</summary>
public static class DefaultScale
{
    public sealed record Level(int Rank, string Label, string Abbreviation, string Color, string TextColor, bool CountsAsAcquired);

    public static readonly IReadOnlyList<Level> Levels =
    [
        new(0, "Non évalué", "NE", "#f1f3f5", "#212529", false),
        new(1, "Insuffisant", "I", "#f8d7da", "#58151c", false),
        new(2, "En cours d'acquisition", "ECA", "#fff3cd", "#523e02", false),
        new(3, "Acquis", "A", "#d1e7dd", "#0a3622", true),
        new(4, "Maîtrisé", "M", "#0f5132", "#ffffff", true),
    ];

    public static IEnumerable<PositioningLevel> For(Guid frameworkId) =>
        Levels.Select(l => new PositioningLevel
        {
            FrameworkId = frameworkId,
            Rank = l.Rank,
            Label = l.Label,
            Abbreviation = l.Abbreviation,
            Color = l.Color,
            TextColor = l.TextColor,
            CountsAsAcquired = l.CountsAsAcquired,
        });

    public static string LabelOf(int rank) => Levels.FirstOrDefault(l => l.Rank == rank)?.Label ?? rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
