using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Projet;

/// <summary>What a learner's projet professionnel may link to: their own live traces, PFMP periods and interviews.</summary>
public static class LinkChoices
{
    public static async Task<IReadOnlyList<ProjectView.LinkRow>> LoadAsync(SillageDb db, Guid learnerId, CancellationToken cancellationToken = default)
    {
        var traces = await db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId && t.DeletedAt == null)
            .Select(t => new ProjectView.LinkRow(ProjectLinkKind.Trace, t.Id, t.Title, t.ActivityDate)).ToListAsync(cancellationToken);
        var periods = await db.PfmpPeriods.AsNoTracking().Where(p => p.LearnerId == learnerId)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new ProjectView.LinkRow(ProjectLinkKind.Period, p.Id, h.Name, p.Start))
            .ToListAsync(cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.LearnerId == learnerId)
            .Select(i => new ProjectView.LinkRow(ProjectLinkKind.Interview, i.Id, "", i.HeldOn)).ToListAsync(cancellationToken);
        return [.. traces.OrderByDescending(t => t.Date), .. periods.OrderByDescending(p => p.Date), .. interviews.OrderByDescending(i => i.Date)];
    }
}
