using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfGridLinesTests
{
    private readonly List<FrameworkElement> _elements = [];
    private int _order;

    private FrameworkElement Add(FrameworkElement? parent, ElementKind kind, string code)
    {
        var element = new FrameworkElement { ParentId = parent?.Id, Kind = kind, Code = code, Title = code, SortOrder = _order++ };
        _elements.Add(element);
        return element;
    }

    [Fact]
    public void A_grid_takes_the_criteria_of_a_competence_and_of_its_detailed_competences_when_there_are_some()
    {
        var block = Add(null, ElementKind.Block, "B1");
        var c11 = Add(block, ElementKind.Competence, "C1.1");
        Add(c11, ElementKind.Criterion, "C1.1-CE1");
        var d = Add(c11, ElementKind.DetailedCompetence, "C1.1.1");
        Add(d, ElementKind.Criterion, "C1.1.1-CE1");
        Add(c11, ElementKind.Knowledge, "C1.1-S1");
        Assert.Equal(["C1.1-CE1", "C1.1.1-CE1"], CcfGridLines.For(_elements, block.Id).Select(e => e.Code));
    }

    [Fact]
    public void Without_criteria_a_grid_takes_the_detailed_competences_else_the_competence()
    {
        var block = Add(null, ElementKind.Block, "B1");
        var c11 = Add(block, ElementKind.Competence, "C1.1");
        Add(c11, ElementKind.DetailedCompetence, "C1.1.1");
        Add(c11, ElementKind.DetailedCompetence, "C1.1.2");
        Add(block, ElementKind.Competence, "C1.2");
        var other = Add(null, ElementKind.Block, "B2");
        Add(other, ElementKind.Competence, "C2.1");
        Assert.Equal(["C1.1.1", "C1.1.2", "C1.2"], CcfGridLines.For(_elements, block.Id).Select(e => e.Code));
    }
}
