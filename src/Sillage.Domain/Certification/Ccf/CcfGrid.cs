namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// An evaluation grid of one candidate in one CCF situation, filled by its evaluators together: a level and a
/// comment per line (the framework's critères when it has them, else its compétences détaillées), a proposed mark
/// out of 20 and a comment. Each evaluator signs; the last signature freezes the grid. A change drops the
/// signatures already given (they signed other content). A frozen grid is never changed: a correction is a new
/// version with its reason, signed again.
/// </summary>
public class CcfGrid
{
    public const int CommentMaxLength = 4000;
    public const int LineCommentMaxLength = 1000;
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The candidate's evaluation in the situation this grid belongs to.</summary>
    public Guid EvaluationId { get; set; }

    /// <summary>1 for the first grid, then one more for each correction.</summary>
    public int Number { get; set; } = 1;

    public Guid? CorrectsId { get; set; }
    public string? CorrectionReason { get; set; }

    public decimal? Mark { get; set; }
    public string? Comment { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }
    public DateTime? FrozenAt { get; set; }

    /// <summary>+1 at each change: two evaluators editing the same grid cannot both succeed.</summary>
    public int Version { get; set; } = 1;

    public List<CcfGridLine> Lines { get; set; } = [];
    public List<CcfGridSignature> Signatures { get; set; } = [];

    public bool IsFrozen => FrozenAt is not null;

    /// <summary>A new grid with one empty line per element to evaluate.</summary>
    public static CcfGrid Create(Guid evaluationId, IEnumerable<Guid> elementIds, Guid byId, DateTime now)
    {
        var grid = new CcfGrid { EvaluationId = evaluationId, UpdatedAt = now, UpdatedById = byId };
        grid.Lines.AddRange(elementIds.Distinct().Select((id, i) => new CcfGridLine { GridId = grid.Id, ElementId = id, SortOrder = i }));
        return grid;
    }

    /// <summary>Records the evaluators' entries. <paramref name="levels"/> maps each line's element to a rank of
    /// <paramref name="scale"/> (or nothing yet); an element that is not a line of the grid is refused.</summary>
    public IReadOnlyList<Message> Fill(IReadOnlyDictionary<Guid, (int? Level, string? Comment)> lines, decimal? mark, string? comment,
        IReadOnlySet<int> scale, Guid byId, DateTime now)
    {
        var problems = new List<Message>();
        if (IsFrozen)
        {
            problems.Add(new Message("La grille est signée : elle ne peut plus être modifiée. Corrigez-la par une nouvelle version, avec un motif."));
            return problems;
        }

        if (lines.Keys.Any(id => Lines.All(l => l.ElementId != id)))
        {
            problems.Add(new Message("Un élément évalué ne fait pas partie de la grille."));
        }

        if (lines.Values.Any(v => v.Level is { } level && !scale.Contains(level)))
        {
            problems.Add(new Message("Un niveau choisi n'existe pas dans l'échelle du référentiel."));
        }

        if (lines.Values.Any(v => v.Comment?.Length > LineCommentMaxLength))
        {
            problems.Add(new Message("Un commentaire de ligne dépasse {0} caractères.", LineCommentMaxLength));
        }

        if (comment?.Length > CommentMaxLength)
        {
            problems.Add(new Message("Le commentaire dépasse {0} caractères.", CommentMaxLength));
        }

        if (mark is { } m && CcfMarks.Check(m) is { } markProblem)
        {
            problems.Add(markProblem);
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var line in Lines)
        {
            if (lines.TryGetValue(line.ElementId, out var entry))
            {
                (line.Level, line.Comment) = (entry.Level, Clean(entry.Comment));
            }
        }

        (Mark, Comment, UpdatedAt, UpdatedById) = (mark, Clean(comment), now, byId);
        Signatures.Clear();
        Version++;
        return problems;
    }

    /// <summary>What is missing before the grid can be signed (every line assessed, a mark).</summary>
    public IReadOnlyList<Message> MissingForSignature()
    {
        var problems = new List<Message>();
        var empty = Lines.Count(l => l.Level is null);
        if (empty > 0)
        {
            problems.Add(new Message("{0} ligne(s) de la grille sans niveau : évaluez chaque ligne avant de signer.", empty));
        }

        if (Mark is null)
        {
            problems.Add(new Message("Proposez une note sur 20 avant de signer."));
        }

        return problems;
    }

    /// <summary>An evaluator of the situation signs; the last of <paramref name="evaluators"/> to sign freezes the grid.</summary>
    public IReadOnlyList<Message> Sign(Guid evaluatorId, IReadOnlyCollection<Guid> evaluators, DateTime now)
    {
        if (IsFrozen)
        {
            return [new Message("La grille est déjà signée par tous les évaluateurs.")];
        }

        if (!evaluators.Contains(evaluatorId))
        {
            return [new Message("Seuls les évaluateurs de la situation signent la grille.")];
        }

        if (Signatures.Any(s => s.EvaluatorId == evaluatorId))
        {
            return [new Message("Vous avez déjà signé cette grille.")];
        }

        var missing = MissingForSignature();
        if (missing.Count > 0)
        {
            return missing;
        }

        Signatures.Add(new CcfGridSignature { GridId = Id, EvaluatorId = evaluatorId, SignedAt = now });
        if (evaluators.All(e => Signatures.Any(s => s.EvaluatorId == e)))
        {
            FrozenAt = now;
        }

        Version++;
        return [];
    }

    /// <summary>A new version of a frozen grid, with the same entries, to correct and sign again.</summary>
    public (CcfGrid? Grid, Message? Problem) Correct(string? reason, Guid byId, DateTime now)
    {
        if (!IsFrozen)
        {
            return (null, new Message("Seule une grille signée se corrige par une nouvelle version ; celle-ci peut encore être modifiée."));
        }

        var cleaned = Clean(reason);
        if (cleaned is null)
        {
            return (null, new Message("Indiquez le motif de la correction."));
        }

        if (cleaned.Length > ReasonMaxLength)
        {
            return (null, new Message("Le motif dépasse {0} caractères.", ReasonMaxLength));
        }

        var grid = new CcfGrid
        {
            EvaluationId = EvaluationId, Number = Number + 1, CorrectsId = Id, CorrectionReason = cleaned,
            Mark = Mark, Comment = Comment, UpdatedAt = now, UpdatedById = byId,
        };
        grid.Lines.AddRange(Lines.OrderBy(l => l.SortOrder).Select(l => new CcfGridLine
        {
            GridId = grid.Id, ElementId = l.ElementId, SortOrder = l.SortOrder, Level = l.Level, Comment = l.Comment,
        }));
        return (grid, null);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public class CcfGridLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GridId { get; set; }

    /// <summary>A critère d'évaluation, or a compétence détaillée when the framework has no critère.</summary>
    public Guid ElementId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Rank on the framework's positioning scale; null until assessed.</summary>
    public int? Level { get; set; }

    public string? Comment { get; set; }
}

/// <summary>An evaluator's signature, timestamped.</summary>
public class CcfGridSignature
{
    public Guid GridId { get; set; }
    public Guid EvaluatorId { get; set; }
    public DateTime SignedAt { get; set; }
}
