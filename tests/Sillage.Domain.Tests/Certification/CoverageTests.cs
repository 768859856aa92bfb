using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Certification;

public sealed class CoverageTests
{
    private static readonly Guid C1 = Guid.NewGuid(), C11 = Guid.NewGuid(), C12 = Guid.NewGuid(), C2 = Guid.NewGuid(), C21 = Guid.NewGuid();
    private static readonly Guid T1 = Guid.NewGuid(), T2 = Guid.NewGuid();

    private static readonly CoverageElement[] Elements =
    [
        new(C1, null, ElementKind.Competence, "C1.1", "Site web"),
        new(C11, C1, ElementKind.DetailedCompetence, "C1.1.1", "Besoins"),
        new(C12, C1, ElementKind.DetailedCompetence, "C1.1.2", "Actualiser"),
        new(C2, null, ElementKind.Competence, "C1.2", "Médias sociaux"),
        new(C21, C2, ElementKind.DetailedCompetence, "C1.2.1", "Contenus"),
    ];

    [Fact]
    public void A_competence_counts_the_traces_of_its_detailed_competences_once()
    {
        var coverage = Coverage.Compute(Elements, [(T1, C11), (T1, C1), (T2, C12)]);
        var c1 = coverage.Rows.Single(r => r.Code == "C1.1");
        Assert.Equal(new[] { T1, T2 }.Order(), c1.TraceIds);
        Assert.Equal([T1], coverage.Rows.Single(r => r.Code == "C1.1.1").TraceIds);
    }

    [Fact]
    public void Missing_names_every_element_no_selected_trace_proves()
    {
        var coverage = Coverage.Compute(Elements, [(T1, C11)]);
        Assert.Equal(["C1.1.2", "C1.2", "C1.2.1"], coverage.Missing.Select(r => r.Code));
        Assert.Equal(1, coverage.CoveredCompetences);
    }

    [Fact]
    public void Links_to_elements_outside_the_bloc_are_ignored_and_levels_are_carried()
    {
        var coverage = Coverage.Compute(Elements, [(T1, Guid.NewGuid())], new Dictionary<Guid, int> { [C2] = 3 });
        Assert.All(coverage.Rows, r => Assert.Empty(r.TraceIds));
        Assert.Equal(3, coverage.Rows.Single(r => r.Code == "C1.2").Level);
        Assert.Equal(0, coverage.Rows.Single(r => r.Code == "C1.1").Level);
    }

    [Fact]
    public void An_empty_dossier_cannot_be_submitted_even_without_a_minimum()
    {
        var problems = SubmissionRules.Check(SubmissionRequirement.None(Guid.NewGuid()), 0, Coverage.Compute(Elements, []));
        Assert.IsType<SubmissionProblem.Empty>(Assert.Single(problems));
        Assert.Empty(SubmissionRules.Check(SubmissionRequirement.None(Guid.NewGuid()), 1, Coverage.Compute(Elements, [])));
    }

    [Fact]
    public void The_minimum_names_each_shortfall()
    {
        var requirement = new SubmissionRequirement { MinItems = 3, MinTracesPerCompetence = 2 };
        var coverage = Coverage.Compute(Elements, [(T1, C11), (T2, C12), (T1, C21)]);
        var problems = SubmissionRules.Check(requirement, 2, coverage);
        Assert.Contains(new SubmissionProblem.TooFewItems(3, 2), problems);
        Assert.Contains(new SubmissionProblem.CompetenceNotProven("C1.2", "Médias sociaux", 1, 2), problems);
        Assert.DoesNotContain(problems, p => p is SubmissionProblem.CompetenceNotProven { Code: "C1.1" });
        Assert.DoesNotContain(problems, p => p is SubmissionProblem.CompetenceNotProven { Code: "C1.1.1" });
    }

    [Fact]
    public void Detailed_competences_count_only_when_the_referent_asks()
    {
        var coverage = Coverage.Compute(Elements, [(T1, C11), (T1, C21)]);
        var withDetailed = SubmissionRules.Check(new SubmissionRequirement { MinTracesPerCompetence = 1, IncludeDetailedCompetences = true }, 1, coverage);
        Assert.Equal(["C1.1.2"], withDetailed.OfType<SubmissionProblem.CompetenceNotProven>().Select(p => p.Code));
        Assert.Empty(SubmissionRules.Check(new SubmissionRequirement { MinTracesPerCompetence = 1 }, 1, coverage));
    }
}
