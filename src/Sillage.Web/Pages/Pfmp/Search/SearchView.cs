using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>One learner's search as the learner's page and the référent's detail show it: proposed structures and
/// applications, newest first. Two queries; the caller has checked who may read it.</summary>
public sealed record SearchView(IReadOnlyList<SearchView.ProposalLine> Proposals, IReadOnlyList<SearchView.ApplicationLine> Applications)
{
    public sealed record ProposalLine(Guid Id, string Name, string? Siret, string? City, string? Contact, string? ContactEmail, Guid? HostId, DateTime CreatedAt, Guid Version);

    public sealed record ApplicationLine(Guid Id, DateOnly AppliedOn, string Host, Guid? HostId, Guid? ProposalId, ApplicationChannel Channel,
        ApplicationAnswer Answer, string? NextStep, DateOnly? NextStepOn, string? Notes, Guid? PeriodId, Guid Version)
    {
        public bool CanBecomePeriod => PeriodId is null && Answer == ApplicationAnswer.Accepted && HostId is not null;
    }

    public static async Task<SearchView> LoadAsync(SillageDb db, Guid learnerId)
    {
        var proposals = await db.HostProposals.AsNoTracking().Where(p => p.LearnerId == learnerId)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new ProposalLine(p.Id, p.Name, p.Siret, p.City,
                p.ContactLastName == null ? null : p.ContactFirstName + " " + p.ContactLastName, p.ContactEmail, p.HostOrganisationId, p.CreatedAt, p.Version))
            .ToListAsync();
        var applications = await db.PfmpApplications.AsNoTracking().Where(a => a.LearnerId == learnerId)
            .OrderByDescending(a => a.AppliedOn).ThenByDescending(a => a.CreatedAt)
            .Select(a => new ApplicationLine(a.Id, a.AppliedOn,
                a.HostOrganisationId != null
                    ? db.HostOrganisations.Where(h => h.Id == a.HostOrganisationId).Select(h => h.Name).First()
                    : db.HostProposals.Where(p => p.Id == a.ProposalId).Select(p => p.Name).First(),
                a.HostOrganisationId, a.ProposalId, a.Channel, a.Answer, a.NextStep, a.NextStepOn, a.Notes, a.PeriodId, a.Version))
            .ToListAsync();
        return new SearchView(proposals, applications);
    }
}
