using NetArchTest.Rules;
using Sillage.Domain.Frameworks;

namespace Sillage.Architecture.Tests;

/// <summary>
/// The layout rules of docs/architecture.md, checked on the compiled assemblies: features under <c>Pages/</c> do not
/// use each other in a circle, the data layer and the infrastructure know no page, the domain knows neither ASP.NET Core
/// nor EF Core.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Web = typeof(Sillage.Web.Data.SillageDb).Assembly;

    [Fact]
    public void Features_do_not_depend_on_each_other_in_a_cycle()
    {
        var graph = FeatureGraph.Of(Web);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Cycles between features under Pages/:\n" + string.Join("\n", cycles.Select(c =>
            c + "\n    " + string.Join("\n    ", Pairs(c).Select(p => graph.Describe(p.From, p.To))))));
    }

    [Theory]
    [InlineData("Sillage.Web.Data")]
    [InlineData("Sillage.Web.Infrastructure")]
    public void Data_and_infrastructure_do_not_use_pages(string layer)
    {
        var result = Types.InAssembly(Web).That().ResideInNamespaceMatching($@"^{layer.Replace(".", @"\.")}(\.|$)")
            .ShouldNot().HaveDependencyOn(FeatureGraph.PagesNamespace)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses {FeatureGraph.PagesNamespace}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Domain_uses_neither_aspnet_core_nor_ef_core()
    {
        var result = Types.InAssembly(typeof(FrameworkValidator).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Sillage.Domain uses ASP.NET Core or EF Core: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static IEnumerable<(string From, string To)> Pairs(string cycle)
    {
        var steps = cycle.Split(" → ");
        return steps.Zip(steps.Skip(1));
    }
}
