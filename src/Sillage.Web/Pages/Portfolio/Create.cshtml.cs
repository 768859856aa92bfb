using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Rendering;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>A learner writes a new trace. The editor autosaves a draft, found again if the tab was closed.
/// <c>?contexte=Pfmp&amp;ref={id}</c> starts it from a PFMP period, situation or mission record.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class CreateModel(SillageDb db, AuditLog audit, TimeProvider clock, MarkdownRenderer markdown, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public TraceInput Input { get; set; } = new();

    public DateTime? DraftSavedAt { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(Infrastructure.Web.Display.ToSchoolTime(clock.GetUtcNow().UtcDateTime));

    public IReadOnlyList<TraceDraft> OtherDrafts { get; private set; } = [];

    public async Task OnGetAsync(TraceContext? contexte, Guid? @ref, TraceKind? type, Guid? brouillon)
    {
        var drafts = await TraceDrafts.ListAsync(db, User.UserId(), null);
        var draft = brouillon is null ? drafts.FirstOrDefault() : drafts.FirstOrDefault(d => d.Id == brouillon);
        OtherDrafts = drafts.Where(d => d != draft).ToList();
        if (draft is not null)
        {
            Input = TraceInput.From(draft);
            DraftSavedAt = draft.SavedAt;
            return;
        }

        Input = new TraceInput
        {
            ActivityDate = Today,
            Context = contexte is { } c && Enum.IsDefined(c) ? c : TraceContext.Formation,
            ContextReferenceId = @ref,
            Kind = type is { } k && Enum.IsDefined(k) ? k : TraceKind.ActivityReport,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var content = Input.ToContent(Today);
        foreach (var (field, message) in TraceRules.Check(content, Today))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", l[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = User.UserId();
        var (trace, revision) = Trace.Create(me, content, now);
        trace.ContextReferenceId = Input.ContextReferenceId;
        db.Traces.Add(trace);
        db.TraceRevisions.Add(revision);
        TraceDrafts.Saved(db, me, null, Input.Session);
        audit.Record("trace.created", trace.Id, trace.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Trace enregistrée. Reliez-la maintenant aux compétences qu'elle prouve."].Value;
        return RedirectToPage("/Portfolio/Detail", new { id = trace.Id });
    }

    public async Task<IActionResult> OnPostAutosaveAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Input.Version = 0;
        await TraceDrafts.SaveAsync(db, User.UserId(), null, Input, now);
        return EditorResponses.Saved(l, now);
    }

    public IActionResult OnPostPreview() => EditorResponses.Preview(l, markdown, Input.Body);

    public async Task<IActionResult> OnPostDiscardAsync(Guid draft)
    {
        await TraceDrafts.DiscardAsync(db, User.UserId(), draft);
        TempData["Message"] = l["Brouillon abandonné."].Value;
        return RedirectToPage(new { brouillon = (Guid?)null });
    }
}
