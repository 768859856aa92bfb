namespace Sillage.Domain.Suivi;

/// <summary>
/// A level of a framework's positioning scale. Rank 0 is "non évalué" (never stored in an event); ranks from
/// 1 are the assessed levels. Colours keep WCAG contrast with their text colour; the label and a pattern
/// letter are always shown beside the colour.
/// </summary>
public class PositioningLevel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FrameworkId { get; set; }
    public int Rank { get; set; }
    public required string Label { get; set; }

    /// <summary>Short form for dense tables ("ECA").</summary>
    public required string Abbreviation { get; set; }

    /// <summary>Background colour, #rrggbb.</summary>
    public required string Color { get; set; }

    /// <summary>Text colour on that background, #rrggbb.</summary>
    public required string TextColor { get; set; }

    /// <summary>The level from which the competence counts as acquired (for "what is missing for certification").</summary>
    public bool CountsAsAcquired { get; set; }
}
