using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// The learner edits their trace. Each save is a new version; a save made from an older version than the
/// trace's (another tab, another device) is refused with both versions shown, the learner's text kept in the
/// editor and in a draft, so nothing is lost.
/// </summary>
[Authorize(Policy = Policies.Learner)]
public sealed class EditModel(SillageDb db, PortfolioAccess access, AuditLog audit, SchoolClock clock, MarkdownRenderer markdown, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public TraceInput Input { get; set; } = new();

    public Trace Trace { get; private set; } = null!;
    public DateTime? DraftSavedAt { get; private set; }

    /// <summary>The version saved elsewhere, when the learner's save ran into it.</summary>
    public TraceContent? Conflict { get; private set; }
    public TraceDiff? ConflictDiff { get; private set; }

    private DateOnly Today => clock.Today;

    public IReadOnlyList<TraceDraft> OtherDrafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? brouillon)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // The newest draft written from the current version continues; drafts of other tabs are offered.
        var drafts = await TraceDrafts.ListAsync(db, User.UserId(), id);
        var draft = brouillon is null
            ? drafts.FirstOrDefault(d => d.SavedAt > Trace.UpdatedAt && d.BaseVersion == Trace.Version)
            : drafts.FirstOrDefault(d => d.Id == brouillon);
        OtherDrafts = drafts.Where(d => d != draft).ToList();
        if (draft is not null)
        {
            Input = TraceInput.From(draft);
            Input.ContextReferenceId = Trace.ContextReferenceId;
            DraftSavedAt = draft.SavedAt;
        }
        else
        {
            Input = TraceInput.From(Trace);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var content = Input.ToContent(Today);
        foreach (var (field, message) in TraceRules.Check(content, Today))
        {
            ModelState.AddMessage(l, $"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = User.UserId();
        try
        {
            var revision = Trace.Update(content, Input.Version, me, now);
            if (revision is not null)
            {
                Trace.ContextReferenceId = Input.ContextReferenceId ?? Trace.ContextReferenceId;
                db.TraceRevisions.Add(revision);
                audit.Record("trace.updated", Trace.Id, $"version {Trace.Version}");
            }

            TraceDrafts.Saved(db, me, id, Input.Session);
            await db.SaveChangesAsync();
            TempData["Message"] = revision is null ? l["Aucune modification à enregistrer."].Value : l["Trace enregistrée (version {0}).", Trace.Version].Value;
            return RedirectToPage("/Portfolio/Detail", new { id });
        }
        catch (Exception e) when (e is TraceConflictException or DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, now);
        }
    }

    public async Task<IActionResult> OnPostAutosaveAsync(Guid id)
    {
        if (!await access.OwnTraces().AnyAsync(t => t.Id == id && t.DeletedAt == null))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await TraceDrafts.SaveAsync(db, User.UserId(), id, Input, now);
        return EditorResponses.Saved(l, clock.ToSchoolTime(now));
    }

    public IActionResult OnPostPreview() => EditorResponses.Preview(l, markdown, Input.Body);

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, Guid draft)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await TraceDrafts.DiscardAsync(db, User.UserId(), draft);
        TempData["Message"] = l["Brouillon abandonné : la dernière version enregistrée est affichée."].Value;
        return RedirectToPage(new { id, brouillon = (Guid?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Trace.Delete(clock.GetUtcNow().UtcDateTime);
        audit.Record("trace.deleted", Trace.Id, Trace.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Trace « {0} » mise à la corbeille. Vous pouvez la restaurer depuis la corbeille de votre dossier.", Trace.Title].Value;
        return RedirectToPage("/Portfolio/Index");
    }

    /// <summary>Keeps the learner's text (editor and draft) and shows the version saved in between.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, DateTime now)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        Conflict = Trace.Content;
        ConflictDiff = TraceDiff.Between(Trace.Content, Input.ToContent(Today));
        await TraceDrafts.SaveAsync(db, User.UserId(), id, Input, now);
        Input.Version = Trace.Version;
        ModelState.Clear();
        ModelState.AddModelError("", l["Cette trace a été enregistrée ailleurs (dans un autre onglet ou sur un autre appareil) pendant que vous la modifiiez. Votre texte n'a pas été enregistré mais il n'est pas perdu : il est toujours dans l'éditeur ci-dessous. Comparez avec l'autre version, reprenez ce qui vous manque, puis enregistrez : votre version remplacera alors l'autre, qui restera dans l'historique."]);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var trace = await access.OwnTraces().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        if (trace is null)
        {
            return false;
        }

        Trace = trace;
        return true;
    }
}
