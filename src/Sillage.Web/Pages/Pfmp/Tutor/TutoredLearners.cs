using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>The learners placed with the signed-in tutor, with what waits for the tutor on each: the tutor space
/// lists them, the home page counts them.</summary>
public static class TutoredLearners
{
    public sealed record Row(Guid Id, string Learner, string Host, DateOnly Start, DateOnly End, ConventionStatus Status, bool ToSign, bool ToAppraise);

    public static async Task<IReadOnlyList<Row>> LoadAsync(SillageDb db, PfmpAccess access, DateOnly today)
    {
        var periods = await access.TutoredPeriods().AsNoTracking().Include(p => p.Convention).ThenInclude(c => c.Events).OrderBy(p => p.Start)
            .Join(db.Users, p => p.LearnerId, u => u.Id, (p, u) => new { Period = p, u.FirstName, u.LastName })
            .Join(db.HostOrganisations, x => x.Period.HostOrganisationId, h => h.Id, (x, h) => new { x.Period, x.FirstName, x.LastName, Host = h.Name })
            .ToListAsync();
        return periods.Select(x => new Row(x.Period.Id, $"{x.FirstName} {x.LastName}", x.Host, x.Period.Start, x.Period.End, x.Period.Convention.Status,
            x.Period.Convention.CanSign(ConventionParty.HostOrganisation),
            x.Period.Convention.IsSigned && x.Period.Start <= today && x.Period.AppraisedAt is null)).ToList();
    }
}
