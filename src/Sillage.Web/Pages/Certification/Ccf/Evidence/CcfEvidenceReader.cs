using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Certification.Ccf.Evidence;

/// <summary>
/// What the team evaluates an épreuve on (E2 above all): the evidence teachers added, and what Sillage already
/// holds for the learner, read where it lives — the PFMP attestations and bilans, the tutor's appraisals, the PFMP
/// days done against the plan's weeks, the dossier snapshots. Nothing is copied and the learner uploads nothing again.
/// The caller has checked that the user sees the learner in <c>cohortId</c>.
/// </summary>
public sealed class CcfEvidenceReader(SillageDb db, CcfPlans plans, SchoolClock clock)
{
    public async Task<EvidenceView> LoadAsync(Guid cohortId, Guid learnerId, string examCode)
    {
        var evidence = await db.CcfEvidence.AsNoTracking().Include(e => e.Files)
            .Where(e => e.CohortId == cohortId && e.LearnerId == learnerId && e.ExamCode == examCode).OrderByDescending(e => e.CreatedAt).ToListAsync();
        var authorIds = evidence.Select(e => e.CreatedById).Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        var periodIds = await db.PfmpPeriods.Where(p => p.LearnerId == learnerId && p.CohortId == cohortId && p.Convention.Status != ConventionStatus.Refused)
            .OrderBy(p => p.Start).Select(p => p.Id).ToListAsync();
        var periods = new List<PeriodView>();
        foreach (var id in periodIds)
        {
            if (await PeriodView.LoadAsync(db, db.PfmpPeriods.Where(p => p.LearnerId == learnerId), id, clock.Today) is { } view)
            {
                periods.Add(view);
            }
        }

        var snapshots = await db.DossierSnapshots.AsNoTracking().Where(s => s.LearnerId == learnerId && s.CohortId == cohortId)
            .OrderBy(s => s.BlockCode).ThenByDescending(s => s.SubmittedAt).Select(s => new SnapshotLink(s.Id, s.BlockCode, s.SubmittedAt)).ToListAsync();
        var plan = await plans.ForCohortAsync(cohortId);
        return new EvidenceView(evidence, authors, periods, await LearnerPfmp.TallyAsync(db, learnerId, clock.Today), plan.PfmpWeeks, snapshots);
    }

    public sealed record SnapshotLink(Guid Id, string BlockCode, DateTime SubmittedAt);

    public sealed record EvidenceView(IReadOnlyList<CcfEvidence> Evidence, IReadOnlyDictionary<Guid, string> Authors, IReadOnlyList<PeriodView> Periods,
        PfmpCounting.Tally Pfmp, int? RequiredWeeks, IReadOnlyList<SnapshotLink> Snapshots)
    {
        public bool PfmpComplete => Pfmp.IsComplete;
    }
}
