using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Audit;

/// <summary>Adds an entry to the audit log in the caller's unit of work (saved with the change it records); the
/// entries of reads go through <see cref="ReadAuditWriter"/>.</summary>
public sealed class AuditLog(SillageDb db, TimeProvider clock, IHttpContextAccessor http, ReadAuditWriter reads)
{
    /// <param name="actorId">Who asked for it, for work done outside their request (a background job); by default
    /// the signed-in user of the current request.</param>
    public void Record(string action, Guid? subjectId = null, string? details = null, Guid? actorId = null) =>
        db.AuditEntries.Add(Entry(action, subjectId, details, actorId));

    /// <summary>Records that the signed-in person read someone's data (a page that changes nothing): written within
    /// <see cref="ReadAuditWriter.MaxDelay"/>, grouped with the other reads of the moment, whether or not the caller
    /// saves anything. Saved in the caller's unit of work instead when the writer's queue is full.</summary>
    public async Task RecordReadAsync(string action, Guid? subjectId = null, string? details = null)
    {
        var entry = Entry(action, subjectId, details, null);
        if (!reads.TryQueue(entry))
        {
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
        }
    }

    private AuditEntry Entry(string action, Guid? subjectId, string? details, Guid? actorId)
    {
        var user = http.HttpContext?.User;
        var actor = actorId ?? (Guid.TryParse(user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null);
        return new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor,
            Action = action,
            SubjectId = subjectId,
            Details = details,
        };
    }
}
