using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>What the period creation (<see cref="CreateModel"/>) needs to start from an accepted application: the
/// application among those of the learners the manager manages, the tutor proposed with it, and the check that
/// the form still names the application's learner and structure.</summary>
public sealed class ApplicationPeriods(SillageDb db, SearchAccess access)
{
    public async Task<PfmpApplication?> FindAsync(Guid id, bool tracked = false)
    {
        var query = access.ManagedApplications().Where(a => a.Id == id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
    }

    /// <summary>The contact the learner proposed with the structure, once in the directory and reachable by e-mail
    /// (the tutor space needs one).</summary>
    public async Task<Guid?> TutorProposalAsync(PfmpApplication application)
    {
        if (application.ProposalId is null || application.HostOrganisationId is null)
        {
            return null;
        }

        var proposal = await db.HostProposals.AsNoTracking().Where(p => p.Id == application.ProposalId)
            .Select(p => new { p.ContactFirstName, p.ContactLastName }).SingleAsync();
        return await db.HostContacts.AsNoTracking()
            .Where(c => c.HostOrganisationId == application.HostOrganisationId && c.Email != null
                        && c.LastName == proposal.ContactLastName && c.FirstName == proposal.ContactFirstName)
            .OrderBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
    }

    /// <summary>Why the form cannot make a period of this application, null when it can.</summary>
    public static Message? Check(PfmpApplication application, PeriodInput input) =>
        application.CheckBecomesPeriod()
        ?? (application.LearnerId != input.LearnerId || application.HostOrganisationId != input.HostOrganisationId
            ? new Message("La période créée depuis une candidature garde l'apprenant et la structure de la candidature.")
            : null);
}
