using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Certification;

/// <summary>
/// Whether a draft may be submitted: it has at least one piece, at least the référent's minimum of pieces, and
/// every compétence (and, if required, compétence détaillée) is proven by the required number of selected traces.
/// Each shortfall is named, so that the learner knows what to add.
/// </summary>
public static class SubmissionRules
{
    public static IReadOnlyList<SubmissionProblem> Check(SubmissionRequirement requirement, int itemCount, Coverage coverage)
    {
        var problems = new List<SubmissionProblem>();
        if (itemCount == 0)
        {
            problems.Add(new SubmissionProblem.Empty());
        }
        else if (itemCount < requirement.MinItems)
        {
            problems.Add(new SubmissionProblem.TooFewItems(requirement.MinItems, itemCount));
        }

        if (requirement.MinTracesPerCompetence > 0)
        {
            foreach (var row in coverage.Rows.Where(r => r.Kind == ElementKind.Competence || requirement.IncludeDetailedCompetences))
            {
                if (row.TraceIds.Count < requirement.MinTracesPerCompetence)
                {
                    problems.Add(new SubmissionProblem.CompetenceNotProven(row.Code, row.Title, row.TraceIds.Count, requirement.MinTracesPerCompetence));
                }
            }
        }

        return problems;
    }
}

/// <summary>A reason a dossier cannot be submitted yet (the pages word it in French).</summary>
public abstract record SubmissionProblem
{
    public sealed record Empty : SubmissionProblem;

    public sealed record TooFewItems(int Required, int Actual) : SubmissionProblem;

    public sealed record CompetenceNotProven(string Code, string Title, int Actual, int Required) : SubmissionProblem;
}
