using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>A trace as its learner and their teachers read it: text, competences, attachments, and the
/// feedback threads. Anyone else gets 404, whatever the id.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, PortfolioAccess access, TraceFeedback feedback, IStringLocalizer<Text> l) : PageModel
{
    public Trace Trace { get; private set; } = null!;
    public string LearnerName { get; private set; } = "";
    public bool IsOwner { get; private set; }
    public bool IsStaff { get; private set; }
    public IReadOnlyList<TraceViews.Link> Links { get; private set; } = [];
    public IReadOnlyList<TraceViews.Knowledge> Knowledge { get; private set; } = [];
    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];
    public IReadOnlyList<Thread> Threads { get; private set; } = [];
    public FeedbackRequest? OpenRequest { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid? parentId, string? body, string? quote, FeedbackVerdict verdict)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var error = await feedback.CommentAsync(Trace, parentId, body, quote, verdict);
        if (error is not null)
        {
            ModelState.AddMessage(l, parentId is null ? "body" : $"reply-{parentId}", error);
            return Page();
        }

        TempData["Message"] = l["Commentaire publié."].Value;
        return Redirect(Url.Page("/Portfolio/Detail", new { id }) + "#retours");
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, Guid threadId, bool resolved = true)
    {
        if (!await LoadAsync(id) || !await feedback.SetResolvedAsync(Trace, threadId, resolved))
        {
            return NotFound();
        }

        TempData["Message"] = (resolved ? l["Fil marqué comme résolu."] : l["Fil rouvert."]).Value;
        return Redirect(Url.Page("/Portfolio/Detail", new { id }) + "#retours");
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id, string? message)
    {
        if (!await LoadAsync(id) || !IsOwner)
        {
            return NotFound();
        }

        var error = await feedback.RequestAsync(Trace, message);
        if (error is not null)
        {
            ModelState.AddMessage(l, "message", error);
            return Page();
        }

        TempData["Message"] = l["Demande de retour envoyée aux enseignants de votre promotion."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseRequestAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await feedback.CloseRequestAsync(Trace);
        TempData["Message"] = (IsOwner ? l["Demande de retour retirée."] : l["Demande de retour marquée comme traitée."]).Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var trace = await access.ReadableTraces().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        if (trace is null)
        {
            return false;
        }

        Trace = trace;
        IsOwner = trace.LearnerId == access.UserId;
        IsStaff = access.IsStaff && !IsOwner;
        LearnerName = await db.Users.Where(u => u.Id == trace.LearnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        (Links, Knowledge) = await TraceViews.LinksAndKnowledgeAsync(db, id);
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.TraceId == id && a.DeletedAt == null).OrderBy(a => a.UploadedAt).ToListAsync();
        OpenRequest = await db.FeedbackRequests.AsNoTracking().Where(r => r.TraceId == id && r.AnsweredAt == null && r.WithdrawnAt == null).FirstOrDefaultAsync();
        var comments = await db.FeedbackComments.AsNoTracking().Where(c => c.TraceId == id)
            .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { c, Name = c.ImportedAuthorName ?? u.FirstName + " " + u.LastName })
            .OrderBy(x => x.c.CreatedAt).ToListAsync();
        Threads = comments.Where(x => x.c.ParentId == null)
            .Select(x => new Thread(x.c, x.Name, comments.Where(r => r.c.ParentId == x.c.Id).Select(r => (r.c, r.Name)).ToList()))
            .OrderBy(t => t.Comment.IsResolved).ThenByDescending(t => t.Comment.CreatedAt).ToList();
        return true;
    }

    public sealed record Thread(FeedbackComment Comment, string AuthorName, IReadOnlyList<(FeedbackComment Comment, string AuthorName)> Replies);
}
