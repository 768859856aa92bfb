using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// Applies one step of a convention for the pages of the référent, the learner and the tutor: the step is the
/// domain's (which refuses what the state does not allow), the version the page showed must still be the
/// current one (two people acting at once: the second is told), and the step is audited.
/// Callers have already checked that the user may reach the period.
/// </summary>
public sealed class ConventionWorkflow(SillageDb db, AuditLog audit, TimeProvider clock)
{
    public static readonly Message StaleMessage = new Message("La convention a changé pendant que vous la consultiez (quelqu'un d'autre a agi) : rechargez la page. Rien n'a été enregistré.");

    public static ConventionActor Actor(ClaimsPrincipal user, string capacity) =>
        new(user.UserId(), user.FindFirstValue(SillageClaimsFactory.NameClaim) ?? user.Identity?.Name ?? "?", capacity);

    /// <summary>The French capacity of a staff member acting for the establishment.</summary>
    public static string StaffCapacity(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Direction) ? ConventionCapacities.Head
        : user.IsInRole(Roles.Coordinator) ? ConventionCapacities.Referent : user.IsInRole(Roles.Admin) ? ConventionCapacities.Admin : ConventionCapacities.Teacher;

    /// <returns>The broken rule (the page adds it with ModelState.AddMessage), or null once saved.</returns>
    public async Task<Message?> ApplyAsync(Guid periodId, Guid shownVersion, Func<PfmpConvention, DateTime, Message?> step, string auditAction,
        Action<PfmpConvention>? alsoSave = null)
    {
        var convention = await db.PfmpConventions.Include(c => c.Events).SingleAsync(c => c.PeriodId == periodId);
        if (convention.Version != shownVersion)
        {
            return StaleMessage;
        }

        var error = step(convention, clock.GetUtcNow().UtcDateTime);
        if (error is not null)
        {
            return error;
        }

        alsoSave?.Invoke(convention);
        db.Entry(convention).Property(c => c.Version).OriginalValue = shownVersion;
        audit.Record(auditAction, periodId, PfmpConvention.Label(convention.Status));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrent step changed the version (or took the next event number) first.
            db.ChangeTracker.Clear();
            return StaleMessage;
        }

        return null;
    }
}
