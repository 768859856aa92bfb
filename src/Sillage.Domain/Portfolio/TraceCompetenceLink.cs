namespace Sillage.Domain.Portfolio;

/// <summary>
/// The learner's claim that a trace proves a compétence or compétence détaillée of their cohort's framework:
/// a short justification ("ce que cette trace prouve") and their self-positioning on the default scale
/// (1 Insuffisant … 4 Maîtrisé). Teachers' positionnements are separate events, never mixed with this.
/// </summary>
public class TraceCompetenceLink
{
    public const int JustificationMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }
    public Guid ElementId { get; set; }
    public string Justification { get; set; } = "";

    /// <summary>Rank on the scale, 1..4; null when the learner does not position themselves.</summary>
    public int? SelfLevel { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static bool IsValidLevel(int? level) => level is null or (>= 1 and <= 4);
}
