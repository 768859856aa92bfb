using Sillage.Domain.FilRouge;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The desk's resources the authorisation tests reach: a new request sent to the caller's cohort ("own") and
/// one sent to the cohort nobody of the callers belongs to ("other"; skipped when <c>otherCohortId</c> is empty).</summary>
public static class DeskRoutes
{
    public static async Task<Dictionary<string, Guid>> ArrangeAsync(SillageDb db, Guid cohortId, Guid otherCohortId, DateTime now)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var (slot, cohort) in new[] { ("Own", cohortId), ("Other", otherCohortId) }.Where(c => c.Item2 != Guid.Empty))
        {
            var request = new UserRequest
            {
                CohortId = cohort, RequesterName = "Mme Durand", RequesterRole = "Responsable agence Bordeaux", RequesterSite = "Bordeaux",
                Subject = $"Demande de la matrice ({slot})", Description = "Mon poste ne démarre plus.", Category = RequestCategory.Hardware,
                Priority = RequestPriority.High, Service = DeskService.SupportFormation, CreatedAt = now, SendAt = now, ReleasedAt = now,
            };
            db.UserRequests.Add(request);
            ids[$"userrequest:{slot}"] = request.Id;
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
