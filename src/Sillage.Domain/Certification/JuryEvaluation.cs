namespace Sillage.Domain.Certification;

/// <summary>
/// A jury member's grid for a candidate: per compétence of the bloc a level of the framework's scale and a
/// comment, an overall comment and a proposed decision. Generic on purpose: the official grids are not in our
/// sources, so the lines follow the bloc's compétences (and their criteria once the framework has them).
/// </summary>
public class JuryEvaluation
{
    public const int CommentMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CandidateId { get; set; }
    public Guid JurorId { get; set; }
    public string? OverallComment { get; set; }
    public JuryDecision Decision { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public List<JuryEvaluationLine> Lines { get; set; } = [];
}

public class JuryEvaluationLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EvaluationId { get; set; }
    public Guid ElementId { get; set; }

    /// <summary>Rank on the framework's positioning scale; null when not assessed.</summary>
    public int? Level { get; set; }
    public string? Comment { get; set; }
}

public enum JuryDecision
{
    None = 0,
    Favorable = 1,
    ToComplete = 2,
    Unfavorable = 3,
}
