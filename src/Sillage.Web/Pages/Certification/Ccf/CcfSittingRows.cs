using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>Sittings with their evaluators' and candidates' names, in date order, for the overview and a sitting's page.</summary>
public static class CcfSittingRows
{
    public static async Task<IReadOnlyList<CcfSittingRow>> LoadAsync(SillageDb db, IQueryable<CcfSitting> sittings, CcfExamPlan plan)
    {
        var list = await sittings.AsNoTracking().Include(s => s.Evaluators).Include(s => s.Candidates).OrderBy(s => s.StartsAt).ToListAsync();
        var ids = list.SelectMany(s => s.Evaluators.Select(e => e.PersonId).Concat(s.Candidates.Select(c => c.LearnerId))).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, Name = u.LastName + " " + u.FirstName }).ToDictionaryAsync(u => u.Id, u => u.Name);
        var groupIds = list.Where(s => s.GroupId != null).Select(s => s.GroupId!.Value).Distinct().ToList();
        var groups = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name);
        return list.Select(s => new CcfSittingRow(s.Id, s.CohortId, s.ExamCode, s.SituationCode, plan.Situation(s.SituationCode)?.Situation.WithCandidate ?? true,
                s.StartsAt, s.DurationMinutes, s.Room, s.Remote, s.GroupId is { } g ? groups.GetValueOrDefault(g) : null,
                s.Evaluators.OrderBy(e => e.Role).Select(e => names.GetValueOrDefault(e.PersonId, "?")).ToList(),
                s.Candidates.Select(c => new CcfCandidateRow(c.Id, c.LearnerId, names.GetValueOrDefault(c.LearnerId, "?"), c.Attendance, c.ExtraTimePercent,
                    c.Accommodation, s.EndsAtFor(c), c.ConvokedAt)).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList()))
            .ToList();
    }
}
