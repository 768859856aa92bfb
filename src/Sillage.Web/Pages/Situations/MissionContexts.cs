using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// A mission as the portfolio needs it to write a trace "for" it: the situation is the trace's context and the
/// mission's competence elements pre-fill its competences. Only a learner the mission is assigned to gets it.
/// </summary>
public sealed class MissionContexts(SillageDb db, SituationAccess access)
{
    /// <summary>The mission seen by this learner, or null when it does not exist, was removed, or is not theirs.</summary>
    public async Task<MissionContext?> ForLearnerAsync(Guid missionId, Guid learnerId, CancellationToken cancellationToken = default)
    {
        var assigned = access.AssignedLearners().Where(a => a.LearnerId == learnerId).Select(a => a.SituationId);
        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Id == missionId && m.RemovedAt == null && assigned.Contains(m.SituationId))
            .Join(db.Situations, m => m.SituationId, s => s.Id, (m, s) => new { m.Id, m.Title, m.SortOrder, SituationId = s.Id, SituationTitle = s.Title, s.FrameworkId })
            .SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return null;
        }

        var number = await db.Missions.CountAsync(m => m.SituationId == mission.SituationId && m.RemovedAt == null && m.SortOrder <= mission.SortOrder, cancellationToken);
        return new MissionContext(mission.Id, number, mission.Title, mission.SituationId, mission.SituationTitle, mission.FrameworkId,
            await ElementIdsAsync(missionId, cancellationToken));
    }

    /// <summary>The blocs, compétences and compétences détaillées the mission links, in framework order.</summary>
    public async Task<IReadOnlyList<Guid>> ElementIdsAsync(Guid missionId, CancellationToken cancellationToken = default) =>
        await db.MissionCompetences.AsNoTracking().Where(c => c.MissionId == missionId)
            .Join(db.FrameworkElements, c => c.ElementId, e => e.Id, (c, e) => e)
            .OrderBy(e => e.SortOrder).Select(e => e.Id).ToListAsync(cancellationToken);
}

/// <param name="Number">The mission's rank in its situation (Mission 1, 2…).</param>
/// <param name="ElementIds">Framework element ids (bloc, compétence, compétence détaillée) the mission works.</param>
public sealed record MissionContext(Guid MissionId, int Number, string MissionTitle, Guid SituationId, string SituationTitle, Guid FrameworkId,
    IReadOnlyList<Guid> ElementIds);
