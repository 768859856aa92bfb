namespace Sillage.Domain.Frameworks;

/// <summary>A node of a framework tree: bloc, compétence, compétence détaillée, savoir associé,
/// résultat attendu, critère d'évaluation or condition de réalisation.</summary>
public class FrameworkElement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FrameworkId { get; set; }
    public Guid? ParentId { get; set; }
    public ElementKind Kind { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>For conditions de réalisation: réglementaire, organisation, métier, équipements.</summary>
    public string? Category { get; set; }

    /// <summary>Editorial note: uncertainty, variant wording, provenance detail.</summary>
    public string? Note { get; set; }
    public string? Source { get; set; }

    /// <summary>For a bloc: the certification épreuve it leads to (E1, E2, E3).</summary>
    public string? Exam { get; set; }
    public int SortOrder { get; set; }

    public List<FrameworkMapping> Mappings { get; set; } = [];

    public bool IsAssessable => Kind is ElementKind.Competence or ElementKind.DetailedCompetence;
}
