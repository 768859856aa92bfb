using System.Text.RegularExpressions;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The journal shows a label for every action the code records.</summary>
public sealed partial class AuditActionsTests
{
    [Fact]
    public void Every_action_code_recorded_in_the_source_has_a_label()
    {
        var recorded = LocalizationTests.WebSourceFiles()
            .SelectMany(file => ActionArgument().Matches(File.ReadAllText(file)))
            .SelectMany(call => Literal().Matches(call.Groups[1].Value).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(recorded.Count > 50, $"Only {recorded.Count} action codes found: has the way actions are recorded changed?");
        var missing = recorded.Where(code => !AuditActions.Labels.ContainsKey(code)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            "Audit actions without a label (add them to AuditActions.Labels and their English to Resources/en/audit.json):\n"
            + string.Join("\n", missing.Select(m => $"  [\"{m}\"] = \"\",")));
    }

    /// <summary>The first argument of <c>audit.Record(…)</c>, or an argument named <c>auditAction:</c> (steps that
    /// record through a helper); a conditional such as <c>a ? "x.y" : "x.z"</c> gives both codes.</summary>
    [GeneratedRegex("""(?:\baudit\.Record(?:ReadAsync)?\(|\bauditAction:\s*)([^,;]*)""")]
    private static partial Regex ActionArgument();

    [GeneratedRegex(@"""([a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*)""")]
    private static partial Regex Literal();
}
