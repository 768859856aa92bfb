using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Audit;

/// <summary>Adds an entry to the audit log in the caller's unit of work (saved with the change it records).</summary>
public sealed class AuditLog(SillageDb db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <param name="actorId">Who asked for it, for work done outside their request (a background job); by default
    /// the signed-in user of the current request.</param>
    public void Record(string action, Guid? subjectId = null, string? details = null, Guid? actorId = null)
    {
        var user = http.HttpContext?.User;
        var actor = actorId ?? (Guid.TryParse(user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor,
            Action = action,
            SubjectId = subjectId,
            Details = details,
        });
    }
}
