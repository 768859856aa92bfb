using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The editor's autosaved drafts, one per editor session (tab), author and trace.</summary>
public static class TraceDrafts
{
    /// <summary>The author's drafts for a trace (or for new traces), newest first.</summary>
    public static Task<List<TraceDraft>> ListAsync(SillageDb db, Guid authorId, Guid? traceId) =>
        db.TraceDrafts.AsNoTracking().Where(d => d.AuthorId == authorId && d.TraceId == traceId).OrderByDescending(d => d.SavedAt).ToListAsync();

    public static async Task SaveAsync(SillageDb db, Guid authorId, Guid? traceId, TraceInput input, DateTime now)
    {
        if (input.Session == Guid.Empty)
        {
            input.Session = Guid.NewGuid();
        }

        var draft = await db.TraceDrafts.FirstOrDefaultAsync(d => d.AuthorId == authorId && d.TraceId == traceId && d.Session == input.Session);
        if (draft is null)
        {
            draft = new TraceDraft { AuthorId = authorId, TraceId = traceId, Session = input.Session };
            db.TraceDrafts.Add(draft);
        }

        input.CopyTo(draft, now);
        await db.SaveChangesAsync();
    }

    /// <summary>Marks the session's draft for deletion in the caller's unit of work (its text was just saved).</summary>
    public static void Saved(SillageDb db, Guid authorId, Guid? traceId, Guid session) =>
        db.TraceDrafts.RemoveRange(db.TraceDrafts.Where(d => d.AuthorId == authorId && d.TraceId == traceId && d.Session == session));

    public static Task DiscardAsync(SillageDb db, Guid authorId, Guid draftId) =>
        db.TraceDrafts.Where(d => d.AuthorId == authorId && d.Id == draftId).ExecuteDeleteAsync();
}
