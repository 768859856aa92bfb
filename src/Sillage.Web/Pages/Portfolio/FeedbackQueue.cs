using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The feedback requests staff still owe: neither answered nor withdrawn, on a trace still in the dossier.
/// "Retours demandés" lists them, the home page counts them.</summary>
public static class FeedbackQueue
{
    public static IQueryable<FeedbackRequest> Open(SillageDb db, IQueryable<Guid> learners) =>
        db.FeedbackRequests.Where(r => learners.Contains(r.LearnerId) && r.AnsweredAt == null && r.WithdrawnAt == null
                                       && db.Traces.Any(t => t.Id == r.TraceId && t.DeletedAt == null));
}
