using Sillage.Domain.Pfmp;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The PFMP search resources the authorisation tests reach: a structure proposed by the learner (not
/// validated) with an application to it, for the caller's learner ("own") and for the other learner.</summary>
public static class PfmpSearchRoutes
{
    public static async Task<Dictionary<string, Guid>> ArrangeAsync(SillageDb db, Guid establishmentId, Guid learnerId, Guid otherLearnerId, DateTime now)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var (slot, learner) in new[] { ("Own", learnerId), ("Other", otherLearnerId) })
        {
            var proposal = new HostProposal
            {
                EstablishmentId = establishmentId, LearnerId = learner, Name = $"Structure proposée ({slot})", City = "Lyon",
                ContactFirstName = "Agnès", ContactLastName = "Varda", ContactEmail = $"contact.{slot.ToLowerInvariant()}@exemple.example", CreatedAt = now, UpdatedAt = now,
            };
            var application = new PfmpApplication
            {
                LearnerId = learner, ProposalId = proposal.Id, AppliedOn = new DateOnly(2026, 11, 9), Channel = ApplicationChannel.Email, CreatedAt = now, UpdatedAt = now,
            };
            db.HostProposals.Add(proposal);
            db.PfmpApplications.Add(application);
            ids[$"hostproposal:{slot}"] = proposal.Id;
            ids[$"pfmpapplication:{slot}"] = application.Id;
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
