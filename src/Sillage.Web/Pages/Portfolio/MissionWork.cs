using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The traces learners wrote "for" a mission: context situation professionnelle, reference = the mission.</summary>
public sealed class MissionWork(SillageDb db, LinkGenerator links, IStringLocalizer<Text> l) : IMissionWork
{
    public async Task<ILookup<Guid, MissionWorkItem>> ForMissionAsync(Guid missionId, IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken = default)
    {
        var traces = await ForMission(db, missionId).Where(t => learnerIds.Contains(t.LearnerId))
            .OrderByDescending(t => t.UpdatedAt)
            .Select(t => new
            {
                t.Id, t.LearnerId, t.Title, t.UpdatedAt,
                Waiting = db.FeedbackRequests.Any(r => r.TraceId == t.Id && r.AnsweredAt == null && r.WithdrawnAt == null),
                Comments = db.FeedbackComments.Count(c => c.TraceId == t.Id),
            })
            .ToListAsync(cancellationToken);
        return traces.ToLookup(t => t.LearnerId, t => new MissionWorkItem(t.Id, t.Title, t.UpdatedAt,
            links.GetPathByPage("/Portfolio/Detail", values: new { id = t.Id }) ?? $"/dossier/traces/{t.Id}",
            t.Waiting ? l["Retour demandé"].Value : t.Comments > 0 ? l["{0} commentaire(s)", t.Comments].Value : null));
    }

    public string? NewWorkUrl(Guid missionId) => links.GetPathByPage("/Portfolio/Create", values: new { mission = missionId });

    /// <summary>The live traces written for a mission.</summary>
    public static IQueryable<Trace> ForMission(SillageDb db, Guid missionId) =>
        db.Traces.AsNoTracking().Where(t => t.DeletedAt == null && t.Context == TraceContext.SituationProfessionnelle && t.ContextReferenceId == missionId);
}
