using Sillage.Domain.Frameworks;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The class heatmap as data: columns (compétences, or the compétences détaillées of one), rows
/// (learners) and cells, computed from <see cref="CohortSuivi"/>; the page, the CSV and the XLSX all read it.</summary>
public sealed class Heatmap
{
    public const int InactiveAfterDays = 21;

    public required IReadOnlyList<Column> Columns { get; init; }
    public required IReadOnlyList<Row> Rows { get; init; }
    public FrameworkOutline.Element? DrilledCompetence { get; init; }

    public sealed record Column(FrameworkOutline.Element Element, string BlockCode, int Acquired, bool NobodyWorked);

    public sealed record Cell(int Level, bool Derived, int Traces, int Events);

    public sealed record Row(CohortSuivi.Learner Learner, IReadOnlyList<Cell> Cells, int Acquired, DateTime? LastActivity, bool Inactive);

    public sealed record Filter(Guid? Group, string? Block, string? Competence, DateOnly? From, DateOnly? To, string? Sort);

    public static Heatmap Build(CohortSuivi data, Filter filter, DateTime now)
    {
        var drilled = filter.Competence is { Length: > 0 } code
            ? data.Competences.FirstOrDefault(c => c.Code == code)
            : null;
        var blocks = data.Blocks.Where(b => filter.Block is not { Length: > 0 } || b.Code == filter.Block).ToList();
        var columnElements = drilled is not null
            ? [drilled, .. data.Children(drilled).Where(c => c.Kind == ElementKind.DetailedCompetence)]
            : blocks.SelectMany(data.Children).Where(c => c.Kind == ElementKind.Competence).ToList();
        var blockOf = data.Elements.Where(e => e.Kind == ElementKind.Competence).ToDictionary(e => e.Id, e => data.Elements.First(b => b.Id == e.ParentId).Code);

        var learners = data.Learners.Where(l => filter.Group is null || l.GroupId == filter.Group).ToList();
        var acquired = data.AcquiredRank;
        var rows = new List<Row>(learners.Count);
        foreach (var learner in learners)
        {
            var cells = columnElements.Select(element =>
            {
                var (level, derived, _) = data.CompetenceLevel(learner.Id, element, filter.To);
                return new Cell(level, derived, data.Traces(learner.Id, element.Id), data.EventCount(learner.Id, element.Id, filter.From, filter.To));
            }).ToList();
            var last = data.LastActivity.TryGetValue(learner.Id, out var at) ? at : (DateTime?)null;
            rows.Add(new Row(learner, cells, cells.Count(c => c.Level >= acquired), last, LearnerActivity.IsInactive(last, now)));
        }

        var columns = columnElements.Select((element, i) => new Column(
            element,
            element.Kind == ElementKind.Competence ? blockOf.GetValueOrDefault(element.Id, "") : drilled?.Code ?? "",
            rows.Count(r => r.Cells[i].Level >= acquired),
            rows.All(r => r.Cells[i].Events == 0 && r.Cells[i].Traces == 0 && r.Cells[i].Level == 0))).ToList();

        rows = Sort(rows, columns, filter.Sort);
        return new Heatmap { Columns = columns, Rows = rows, DrilledCompetence = drilled };
    }

    private static List<Row> Sort(List<Row> rows, IReadOnlyList<Column> columns, string? sort)
    {
        if (sort is "groupe")
        {
            return rows.OrderBy(r => r.Learner.Group ?? "~", StringComparer.CurrentCulture).ToList();
        }

        if (sort is "acquis")
        {
            return rows.OrderByDescending(r => r.Acquired).ThenBy(r => r.Learner.SortName, StringComparer.CurrentCulture).ToList();
        }

        if (sort is "activite")
        {
            return rows.OrderBy(r => r.LastActivity ?? DateTime.MinValue).ToList();
        }

        if (sort?.StartsWith("col:", StringComparison.Ordinal) == true)
        {
            var index = columns.ToList().FindIndex(c => c.Element.Code == sort[4..]);
            if (index >= 0)
            {
                return rows.OrderBy(r => r.Cells[index].Level).ThenBy(r => r.Learner.SortName, StringComparer.CurrentCulture).ToList();
            }
        }

        return rows;
    }
}
