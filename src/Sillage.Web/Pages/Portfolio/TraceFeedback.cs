using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// Formative feedback on a trace the caller may read (the page checked it): teachers start threads, the
/// learner and teachers reply, either resolves; the learner asks for feedback. Each returns a French error,
/// or null when done; notifications go with the change.
/// </summary>
public sealed class TraceFeedback(SillageDb db, PortfolioAccess access, PortfolioNotifier notifier, AuditLog audit, TimeProvider clock)
{
    public async Task<Message?> CommentAsync(Trace trace, Guid? parentId, string? body, string? quote, FeedbackVerdict verdict)
    {
        body = body?.Trim() ?? "";
        quote = string.IsNullOrWhiteSpace(quote) ? null : quote.Trim();
        if (body.Length == 0)
        {
            return new Message("Écrivez votre commentaire.");
        }

        if (body.Length > FeedbackComment.BodyMaxLength)
        {
            return new Message("Le commentaire ne doit pas dépasser {0} caractères.", FeedbackComment.BodyMaxLength);
        }

        if (quote?.Length > FeedbackComment.QuoteMaxLength)
        {
            return new Message("Le passage cité ne doit pas dépasser {0} caractères.", FeedbackComment.QuoteMaxLength);
        }

        if (!Enum.IsDefined(verdict))
        {
            return new Message("Choisissez l'appréciation dans la liste.");
        }

        var me = access.UserId;
        var isStaff = access.IsStaff && trace.LearnerId != me;
        FeedbackComment? parent = null;
        if (parentId is not null)
        {
            parent = await db.FeedbackComments.SingleOrDefaultAsync(c => c.Id == parentId && c.TraceId == trace.Id && c.ParentId == null);
            if (parent is null)
            {
                return new Message("Ce fil de discussion n'existe plus.");
            }

            if (parent.IsImported)
            {
                return new Message("Ce fil vient d'un dossier importé : il est conservé en lecture seule.");
            }
        }
        else if (!isStaff)
        {
            return new Message("Répondez dans un fil ouvert par un enseignant, ou demandez un retour.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new FeedbackComment
        {
            TraceId = trace.Id, ParentId = parentId, AuthorId = me, ByStaff = isStaff, Body = body,
            Quote = parent is null ? quote : null, Verdict = isStaff && parent is null ? verdict : FeedbackVerdict.None,
            TraceVersion = trace.Version, CreatedAt = now,
        };
        db.FeedbackComments.Add(comment);
        if (parent is { IsResolved: true })
        {
            parent.Reopen();
        }

        var url = $"/dossier/traces/{trace.Id}#retours";
        if (isStaff)
        {
            foreach (var request in await db.FeedbackRequests.Where(r => r.TraceId == trace.Id && r.AnsweredAt == null && r.WithdrawnAt == null).ToListAsync())
            {
                request.Answer(me, now);
            }

            var teacher = await NameAsync(me);
            await notifier.NotifyAsync([trace.LearnerId], parent is null ? NotificationKind.Feedback : NotificationKind.Reply,
                new Message("{0} a commenté votre trace « {1} ».", teacher, trace.Title), url, trace.Id);
        }

        if (parent is not null)
        {
            // Everyone who wrote in the thread hears of the reply, except its author (and the learner, told above).
            var participants = await db.FeedbackComments.Where(c => c.Id == parent.Id || c.ParentId == parent.Id).Select(c => c.AuthorId).Distinct().ToListAsync();
            var author = await NameAsync(me);
            await notifier.NotifyAsync(participants.Where(p => p != me && (!isStaff || p != trace.LearnerId)), NotificationKind.Reply,
                new Message("{0} a répondu sur la trace « {1} ».", author, trace.Title), url, trace.Id);
        }

        audit.Record(parent is null ? "feedback.commented" : "feedback.replied", trace.Id);
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<bool> SetResolvedAsync(Trace trace, Guid threadId, bool resolved)
    {
        var thread = await db.FeedbackComments.SingleOrDefaultAsync(c => c.Id == threadId && c.TraceId == trace.Id && c.ParentId == null);
        if (thread is null)
        {
            return false;
        }

        if (resolved)
        {
            thread.Resolve(access.UserId, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            thread.Reopen();
        }

        await db.SaveChangesAsync();
        return true;
    }

    public async Task<Message?> RequestAsync(Trace trace, string? message)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message?.Length > FeedbackRequest.MessageMaxLength)
        {
            return new Message("Le message ne doit pas dépasser {0} caractères.", FeedbackRequest.MessageMaxLength);
        }

        if (await db.FeedbackRequests.AnyAsync(r => r.TraceId == trace.Id && r.AnsweredAt == null && r.WithdrawnAt == null))
        {
            return new Message("Une demande de retour est déjà en attente pour cette trace.");
        }

        db.FeedbackRequests.Add(new FeedbackRequest
        {
            TraceId = trace.Id, LearnerId = trace.LearnerId, Message = message, RequestedAt = clock.GetUtcNow().UtcDateTime,
        });
        var learner = await NameAsync(trace.LearnerId);
        await notifier.NotifyAsync(await access.TeachersOfAsync(trace.LearnerId), NotificationKind.FeedbackRequest,
            new Message("{0} demande un retour sur « {1} ».", learner, trace.Title), $"/dossier/traces/{trace.Id}#retours", trace.Id);
        audit.Record("feedback.requested", trace.Id);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>The learner withdraws their open request, or a teacher closes it without commenting.</summary>
    public async Task CloseRequestAsync(Trace trace)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var request in await db.FeedbackRequests.Where(r => r.TraceId == trace.Id && r.AnsweredAt == null && r.WithdrawnAt == null).ToListAsync())
        {
            if (trace.LearnerId == access.UserId)
            {
                request.Withdraw(now);
            }
            else
            {
                request.Answer(access.UserId, now);
            }
        }

        await db.SaveChangesAsync();
    }

    private Task<string> NameAsync(Guid id) =>
        db.Users.Where(u => u.Id == id).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
}
