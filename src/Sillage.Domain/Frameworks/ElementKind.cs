namespace Sillage.Domain.Frameworks;

/// <summary>What a node of a competence framework is. The tree is bloc → compétence → compétence détaillée;
/// the other kinds hang under a compétence or a compétence détaillée.</summary>
public enum ElementKind
{
    Block = 1,
    Competence = 2,
    DetailedCompetence = 3,
    Knowledge = 4,
    ExpectedResult = 5,
    Criterion = 6,
    Condition = 7,
}
