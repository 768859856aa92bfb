using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// A learner's dossier: their traces, newest activity first, with full-text search and filters (competence,
/// kind, context, dates), and the bin. Learners open their own (<c>/dossier</c>); staff open the learners of
/// their cohorts (<c>/dossier</c> lists them).
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class IndexModel(SillageDb db, PortfolioAccess access, CohortAccess cohorts, PortfolioSearch search, TraceRendering rendering, IStringLocalizer<Text> l) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "competence")] public Guid? Competence { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public TraceKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "contexte")] public TraceContext? Context { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "corbeille")] public bool Bin { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Guid? LearnerId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public bool IsOwner { get; private set; }
    public IReadOnlyList<LearnerRow> Learners { get; private set; } = [];
    public IReadOnlyList<CompetenceChoices.Block> Blocks { get; private set; } = [];
    public IReadOnlyList<Row> Traces { get; private set; } = [];
    public int Total { get; private set; }
    public int AllTraces { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    private RowLink? _traceLink;

    /// <summary>A row's link to its trace, generated once per page (the trace page has this page's policy, so the
    /// authorised-link tag helper had nothing to hide).</summary>
    public string TraceUrl(Guid trace) => (_traceLink ??= new RowLink(Url, "/Portfolio/Detail", "id")).For(trace);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Competence is not null || Kind is not null || Context is not null || From is not null || To is not null;

    public async Task<IActionResult> OnGetAsync(Guid? learnerId)
    {
        if (learnerId is null && access.IsStaff)
        {
            await LoadLearnersAsync();
            return Page();
        }

        var id = learnerId ?? access.UserId;
        if (!await access.CanReadDossierOfAsync(id))
        {
            return NotFound();
        }

        LearnerId = id;
        IsOwner = id == access.UserId;
        Bin &= IsOwner;
        LearnerName = await NameOf(db, id);
        Blocks = await CompetenceChoices.ForFrameworkAsync(db, await access.FrameworkOfAsync(id));
        await LoadTracesAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid traceId)
    {
        var trace = await access.OwnTraces().SingleOrDefaultAsync(t => t.Id == traceId && t.DeletedAt != null);
        if (trace is null)
        {
            return NotFound();
        }

        trace.Undelete();
        await db.SaveChangesAsync();
        TempData["Message"] = l["Trace « {0} » restaurée.", trace.Title].Value;
        return RedirectToPage("/Portfolio/Detail", new { id = traceId });
    }

    private async Task LoadTracesAsync(Guid learnerId)
    {
        var traces = db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId);
        traces = Bin ? traces.Where(t => t.DeletedAt != null) : traces.Where(t => t.DeletedAt == null);
        if (Kind is { } kind) { traces = traces.Where(t => t.Kind == kind); }
        if (Context is { } context) { traces = traces.Where(t => t.Context == context); }
        if (From is { } from) { traces = traces.Where(t => t.ActivityDate >= from); }
        if (To is { } to) { traces = traces.Where(t => t.ActivityDate <= to); }
        if (Competence is { } competence)
        {
            // A compétence also finds the traces linked to its compétences détaillées.
            var elements = Blocks.SelectMany(b => b.Elements).Where(e => e.Id == competence || e.ParentId == competence).Select(e => e.Id).ToList();
            traces = traces.Where(t => db.TraceCompetenceLinks.Any(x => x.TraceId == t.Id && elements.Contains(x.ElementId)));
        }

        List<Summary> rows;
        var matches = Bin ? null : await search.MatchAsync(learnerId, Q);
        if (matches is not null)
        {
            // Best matches first: the filters keep the ids, the rank orders them.
            var ranked = matches.ToList();
            if (Competence is not null || Kind is not null || Context is not null || From is not null || To is not null)
            {
                var filtered = (await traces.Where(t => matches.Contains(t.Id)).Select(t => t.Id).ToListAsync()).ToHashSet();
                ranked = ranked.Where(filtered.Contains).ToList();
            }

            Total = ranked.Count;
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            var pageIds = ranked.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
            var found = await SummariesOf(pageIds);
            rows = pageIds.Select(id => found.Single(r => r.Id == id)).ToList();
        }
        else
        {
            // The dossier as it opens (no filter, not the bin) is the hot path: its count and page are compiled queries.
            var plain = !Filtered && !Bin;
            Total = plain ? await LiveCount(db, learnerId) : await traces.CountAsync();
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            // Ids first, then the summaries of that page only: SQLite would otherwise compute the excerpt and the
            // counts of every trace before sorting.
            var pageIds = plain
                ? await ReadAllAsync(LivePage(db, learnerId, (PageNumber - 1) * PageSize, PageSize))
                : await traces.OrderByDescending(t => t.ActivityDate).ThenByDescending(t => t.CreatedAt)
                    .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(t => t.Id).ToListAsync();
            var found = await SummariesOf(pageIds);
            rows = pageIds.Select(id => found.Single(r => r.Id == id)).ToList();
        }

        AllTraces = Filtered ? await LiveCount(db, learnerId) : Total;
        var links = (await TraceViews.LinksAsync(db, rows.Select(r => r.Id).ToList())).ToLookup(x => x.TraceId, x => x.Code);
        Traces = rows.Select(r => new Row(r.Id, r.Title, r.Kind, r.ActivityDate, r.Context, r.ContextLabel, TraceTags.Parse(r.Tags), rendering.Excerpt(r.Id, r.Version, r.Excerpt),
                links[r.Id].ToList(), r.Attachments, r.OpenThreads, r.Requested))
            .ToList();
    }

    private async Task<List<Summary>> SummariesOf(List<Guid> pageIds) => await ReadAllAsync(Summaries(db, pageIds));

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    // The page's fixed-shape queries, compiled once: EF would otherwise rebuild, funcletize and look up each expression
    // on every request, which costs more than SQLite's own work on a learner's few rows (docs/benchmarks.md).
    private static readonly Func<SillageDb, Guid, Task<string>> NameOf =
        EF.CompileAsyncQuery((SillageDb db, Guid id) => db.Users.Where(u => u.Id == id).Select(u => u.FirstName + " " + u.LastName).Single());

    private static readonly Func<SillageDb, Guid, Task<int>> LiveCount =
        EF.CompileAsyncQuery((SillageDb db, Guid id) => db.Traces.Count(t => t.LearnerId == id && t.DeletedAt == null));

    private static readonly Func<SillageDb, Guid, int, int, IAsyncEnumerable<Guid>> LivePage =
        EF.CompileAsyncQuery((SillageDb db, Guid id, int skip, int take) => db.Traces.AsNoTracking()
            .Where(t => t.LearnerId == id && t.DeletedAt == null)
            .OrderByDescending(t => t.ActivityDate).ThenByDescending(t => t.CreatedAt)
            .Skip(skip).Take(take).Select(t => t.Id));

    private static readonly Func<SillageDb, List<Guid>, IAsyncEnumerable<Summary>> Summaries =
        EF.CompileAsyncQuery((SillageDb db, List<Guid> ids) => db.Traces.Where(t => ids.Contains(t.Id))
            .Select(t => new Summary(t.Id, t.Version, t.Title, t.Kind, t.ActivityDate, t.Context, t.ContextLabel, t.Tags, t.Body.Substring(0, 400),
                db.Attachments.Count(a => a.TraceId == t.Id && a.DeletedAt == null),
                db.FeedbackComments.Count(c => c.TraceId == t.Id && c.ParentId == null && c.ResolvedAt == null),
                db.FeedbackRequests.Any(r => r.TraceId == t.Id && r.AnsweredAt == null && r.WithdrawnAt == null))));

    private async Task LoadLearnersAsync()
    {
        var ids = await cohorts.VisibleLearnerIds().Distinct().ToListAsync();
        Learners = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName)
            .Select(u => new LearnerRow(u.Id, u.FirstName + " " + u.LastName,
                db.Traces.Count(t => t.LearnerId == u.Id && t.DeletedAt == null),
                db.FeedbackRequests.Count(r => r.LearnerId == u.Id && r.AnsweredAt == null && r.WithdrawnAt == null),
                db.Traces.Where(t => t.LearnerId == u.Id && t.DeletedAt == null).Max(t => (DateTime?)t.UpdatedAt)))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Title, TraceKind Kind, DateOnly ActivityDate, TraceContext Context, string? ContextLabel,
        IReadOnlyList<string> Tags, string Excerpt, IReadOnlyList<string> Codes, int Attachments, int OpenThreads, bool Requested);

    private sealed record Summary(Guid Id, int Version, string Title, TraceKind Kind, DateOnly ActivityDate, TraceContext Context, string? ContextLabel,
        string Tags, string Excerpt, int Attachments, int OpenThreads, bool Requested);

    public sealed record LearnerRow(Guid Id, string Name, int Traces, int OpenRequests, DateTime? LastChange);
}
