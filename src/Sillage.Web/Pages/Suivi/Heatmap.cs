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

    /// <summary>The map's columns for a filter: the compétences (of one bloc, or all), or one compétence and its
    /// compétences détaillées; also used to read only those elements' trace counts.</summary>
    public static (FrameworkOutline.Element? Drilled, List<FrameworkOutline.Element> Columns) ColumnsOf(IReadOnlyList<FrameworkOutline.Element> elements, string? block, string? competence)
    {
        var children = elements.ToLookup(e => e.ParentId);
        var drilled = competence is { Length: > 0 } code
            ? elements.FirstOrDefault(c => c.Kind == ElementKind.Competence && c.Code == code)
            : null;
        var columns = drilled is not null
            ? [drilled, .. children[drilled.Id].Where(c => c.Kind == ElementKind.DetailedCompetence)]
            : elements.Where(b => b.Kind == ElementKind.Block && (block is not { Length: > 0 } || b.Code == block))
                .SelectMany(b => children[b.Id]).Where(c => c.Kind == ElementKind.Competence).ToList();
        return (drilled, columns);
    }

    public static Heatmap Build(CohortSuivi data, Filter filter, DateTime now)
    {
        var (drilled, columnElements) = ColumnsOf(data.Elements, filter.Block, filter.Competence);
        var codes = data.Elements.ToDictionary(e => e.Id, e => e.Code);
        var blockOf = data.Elements.Where(e => e.Kind == ElementKind.Competence).ToDictionary(e => e.Id, e => codes[e.ParentId!.Value]);

        // Per column, once: the compétences détaillées a compétence's level may be derived from (not per cell).
        var acquired = data.AcquiredRank;
        var parts = columnElements.Select(e => data.Children(e).ToList()).ToArray();
        var learners = data.Learners.Where(l => filter.Group is null || l.GroupId == filter.Group).ToList();
        var rows = new List<Row>(learners.Count);
        foreach (var learner in learners)
        {
            var cells = new Cell[columnElements.Count];
            var acquiredCount = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                var element = columnElements[i];
                var (level, derived, _) = data.CompetenceLevel(learner.Id, element, parts[i], acquired, filter.To);
                cells[i] = new Cell(level, derived, data.Traces(learner.Id, element.Id), data.EventCount(learner.Id, element.Id, filter.From, filter.To));
                acquiredCount += level >= acquired ? 1 : 0;
            }

            var last = data.LastActivity.TryGetValue(learner.Id, out var at) ? at : (DateTime?)null;
            rows.Add(new Row(learner, cells, acquiredCount, last, LearnerActivity.IsInactive(last, now)));
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
