using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The class heatmap: learners × compétences (or the compétences détaillées of one), with filters,
/// sorting, highlights and exports.</summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class HeatmapPageModel(SillageDb db, CohortAccess access, SchoolClock clock, PagePolicies policies) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "groupe")]
    public Guid? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "bloc")]
    public string? Block { get; set; }

    [BindProperty(SupportsGet = true, Name = "competence")]
    public string? Competence { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Sort { get; set; }

    public CohortSuivi Data { get; private set; } = null!;
    public Heatmap Map { get; private set; } = null!;
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    private RowLink? _cellUrl;
    private bool _cellLinks;

    /// <summary>A row's cell links cut around the element's id (<see cref="RowLink.AroundSecond"/>), so that each cell of the
    /// row is written as these two parts with its column's id between (no address built per cell). Null when the user's
    /// roles may not open the page.</summary>
    public (string Before, string After)? CellLinkOf(Guid learner) => CellLink?.AroundSecond(learner);

    /// <summary>The cells' link to the learner's competence page, generated once per page and filled for each of the
    /// hundreds of cells. Null when the user's roles may not open that page (the direction reads the map, not the
    /// positionnements): no link that answers 403, as <see cref="AuthorizedLinkTagHelper"/> does for the other links.</summary>
    private RowLink? CellLink => !_cellLinks ? null : _cellUrl ??= new RowLink(Url, "/Suivi/Competence", "id", "element");

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string format)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var name = $"suivi-{Data.Cohort.Name}-{clock.Today:yyyy-MM-dd}".Replace(' ', '-');
        return format == "xlsx"
            ? File(HeatmapExport.Xlsx(Map, Data, Data.Cohort.Name), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(HeatmapExport.Csv(Map, Data), "text/csv; charset=utf-8", name + ".csv");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        // The cohort is read with the visibility check (one command, not a check then a read).
        var cohort = await access.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return false;
        }

        // Today's map reads the levels kept on write; a state at a past date or counts between dates need the events.
        Data = From is null && To is null
            ? await CohortSuivi.LoadLevelsAsync(db, cohort, elements => Heatmap.ColumnsOf(elements, Block, Competence).Columns)
            : await CohortSuivi.LoadAsync(db, cohort);
        var groups = new List<Group>();
        await foreach (var group in GroupsOf(db, id))
        {
            groups.Add(group);
        }

        Groups = groups;
        Map = Heatmap.Build(Data, new Heatmap.Filter(Group, Block, Competence, From, To, Sort), clock.GetUtcNow().UtcDateTime);
        _cellLinks = await policies.AllowsAsync(HttpContext, "/Suivi/Competence");
        return true;
    }

    private static readonly Func<SillageDb, Guid, IAsyncEnumerable<Group>> GroupsOf =
        EF.CompileAsyncQuery<SillageDb, Guid, Group>((db, cohortId) => db.Groups.AsNoTracking().Where(g => g.CohortId == cohortId).OrderBy(g => g.Name));

    /// <summary>The current filters with some changed, for links that keep the others.</summary>
    public object Route(string? competence = null, string? sort = null, bool clearCompetence = false) => new
    {
        groupe = Group,
        bloc = Block,
        competence = clearCompetence ? null : competence ?? Competence,
        du = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        au = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        tri = sort ?? Sort,
    };
}
