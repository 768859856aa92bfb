using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// One mission. A learner it is assigned to reads it with their own work for it; staff read it with, for each
/// learner of their cohorts who has the situation, the period and what they produced for the mission
/// (<see cref="IMissionWork"/>).
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class MissionModel(SillageDb db, SituationAccess access, SituationFiles files, IMissionWork work, SchoolClock clock) : PageModel
{
    public Situation Situation { get; private set; } = null!;
    public MissionDisplay Mission { get; private set; } = null!;
    public int MissionCount { get; private set; }
    public IReadOnlyList<DocumentLink> Documents { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public IReadOnlyList<LearnerWork> Learners { get; private set; } = [];
    public string? NewWorkUrl { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid missionId, CancellationToken cancellationToken)
    {
        if (!await (await access.ReadableAsync()).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        Situation = (await files.LoadAsync(id, cancellationToken))!;
        var display = SituationDisplay.Build(await files.ToShownFileAsync(Situation, User.IsStaff(), cancellationToken),
            await FrameworkOutline.OfAsync(db, Situation.FrameworkId, cancellationToken));
        var mission = display.Missions.FirstOrDefault(m => m.Mission.Id == missionId);
        if (mission is null)
        {
            return NotFound();
        }

        Mission = mission;
        MissionCount = display.Missions.Count;
        Today = clock.Today;
        Documents = Situation.Documents.Where(d => d.MissionId == missionId).OrderBy(d => d.SortOrder)
            .Select(d => new DocumentLink(d.Id, d.MissionId, d.Title, d.FileName, d.Size)).ToList();
        CanEdit = await (await access.EditableAsync()).AnyAsync(s => s.Id == id, cancellationToken);

        var assigned = access.AssignedLearners().Where(a => a.SituationId == id);
        if (User.IsStaff())
        {
            var visible = access.VisibleAssignments().Select(a => a.Id);
            assigned = assigned.Where(a => visible.Contains(a.AssignmentId));
        }
        else
        {
            var me = User.UserId();
            assigned = assigned.Where(a => a.LearnerId == me);
            NewWorkUrl = work.NewWorkUrl(missionId);
        }

        var rows = await assigned
            .Join(db.Users, a => a.LearnerId, u => u.Id, (a, u) => new { a.LearnerId, u.LastName, u.FirstName, a.GroupId, a.Start, a.End, a.CohortId })
            .ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => rows.Select(r => r.GroupId).Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var learnerIds = rows.Select(r => r.LearnerId).Distinct().ToList();
        var produced = await work.ForMissionAsync(missionId, learnerIds, cancellationToken);
        Learners = rows.GroupBy(r => r.LearnerId)
            .Select(g => g.OrderBy(r => r.Start).First())
            .OrderBy(r => r.LastName, StringComparer.CurrentCulture).ThenBy(r => r.FirstName, StringComparer.CurrentCulture)
            .Select(r => new LearnerWork(r.LearnerId, $"{r.LastName.ToUpperInvariant()} {r.FirstName}",
                r.GroupId is { } gid ? groups.GetValueOrDefault(gid) : null, r.Start, r.End, produced[r.LearnerId].OrderByDescending(w => w.UpdatedAt).ToList()))
            .ToList();
        return Page();
    }

    /// <summary>A learner who has the mission, their period, and their work for it.</summary>
    public sealed record LearnerWork(Guid LearnerId, string Name, string? Group, DateOnly Start, DateOnly End, IReadOnlyList<MissionWorkItem> Work);
}
