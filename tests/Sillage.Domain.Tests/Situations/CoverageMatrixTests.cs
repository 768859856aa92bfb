using Sillage.Domain.Frameworks;
using Sillage.Domain.Situations;

namespace Sillage.Domain.Tests.Situations;

public sealed class CoverageMatrixTests
{
    private static readonly Guid B1 = Guid.NewGuid(), C11 = Guid.NewGuid(), C111 = Guid.NewGuid(), C112 = Guid.NewGuid(),
        C12 = Guid.NewGuid(), C121 = Guid.NewGuid(), C13 = Guid.NewGuid();

    /// <summary>Bloc B1: C1.1 (C1.1.1, C1.1.2), C1.2 (C1.2.1), C1.3 without compétence détaillée.</summary>
    private static readonly CoverageElement[] Elements =
    [
        new(B1, null, ElementKind.Block, "B1", "Bloc 1"),
        new(C11, B1, ElementKind.Competence, "C1.1", "Site Web"),
        new(C111, C11, ElementKind.DetailedCompetence, "C1.1.1", "Recueillir"),
        new(C112, C11, ElementKind.DetailedCompetence, "C1.1.2", "Actualiser"),
        new(C12, B1, ElementKind.Competence, "C1.2", "Médias sociaux"),
        new(C121, C12, ElementKind.DetailedCompetence, "C1.2.1", "Mettre en ligne"),
        new(C13, B1, ElementKind.Competence, "C1.3", "Mode projet"),
    ];

    [Fact]
    public void Coverage_is_the_union_of_the_missions_links_and_what_none_links_is_uncovered()
    {
        var s1 = new CoverageSituation(Guid.NewGuid(), "S1", [new(Guid.NewGuid(), 1, "M1", [C111]), new(Guid.NewGuid(), 2, "M2", [C111, C13])]);
        var s2 = new CoverageSituation(Guid.NewGuid(), "S2", [new(Guid.NewGuid(), 1, "M1", [C112])]);
        var matrix = CoverageMatrix.Build(Elements, [s1, s2]);

        var union = new[] { s1, s2 }.SelectMany(s => s.Missions).SelectMany(m => m.ElementIds).ToHashSet();
        Assert.Equal(union, matrix.Covered.ToHashSet());
        Assert.Equal(["C1.1.1", "C1.1.2", "C1.2.1", "C1.3"], matrix.Rows.Select(r => r.Code));
        Assert.Equal(["C1.2.1"], matrix.Uncovered.Select(r => r.Code));
        Assert.Equal([1, 2], matrix.Cell(C111, s1.Id).Select(m => m.Number));
        Assert.Empty(matrix.Cell(C111, s2.Id));
    }

    [Fact]
    public void A_link_to_a_whole_competence_does_not_cover_its_detailed_competences()
    {
        var s = new CoverageSituation(Guid.NewGuid(), "S", [new(Guid.NewGuid(), 1, "M1", [C11, B1])]);
        var matrix = CoverageMatrix.Build(Elements, [s]);
        Assert.Equal(["C1.1.1", "C1.1.2", "C1.2.1", "C1.3"], matrix.Uncovered.Select(r => r.Code));
        Assert.Single(matrix.Cell(C11, s.Id));
    }

    [Fact]
    public void Without_situations_everything_is_uncovered()
    {
        var matrix = CoverageMatrix.Build(Elements, []);
        Assert.Equal(4, matrix.Uncovered.Count);
        Assert.Empty(matrix.Covered);
    }
}
