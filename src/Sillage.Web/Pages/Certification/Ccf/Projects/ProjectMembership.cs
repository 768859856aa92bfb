using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Ccf.Projects;

/// <summary>
/// Adding or removing a member of a group project after its creation. A project is tied to its sittings by its cohort,
/// its situation and its members (the candidates): once a grid of such a sitting has a signature, the evaluation of the
/// project has begun and its members no longer change. The group size of the situation still applies.
/// </summary>
public sealed class ProjectMembership(SillageDb db, CcfPlans plans)
{
    public static readonly Message Locked =
        new("Une grille d'évaluation de ce projet est déjà signée : ses membres ne peuvent plus changer.");

    /// <summary>A grid of a sitting of the project's situation, for one of its members, has a signature (or is frozen).</summary>
    public Task<bool> IsLockedAsync(CcfProject project)
    {
        var members = project.Members.Select(m => m.LearnerId).ToList();
        var candidates = db.CcfCandidates.Where(c => members.Contains(c.LearnerId)
                                                     && db.CcfSittings.Any(s => s.Id == c.SittingId && s.CohortId == project.CohortId && s.SituationCode == project.SituationCode))
            .Select(c => c.Id);
        return db.CcfGrids.AnyAsync(g => candidates.Contains(g.EvaluationId) && (g.FrozenAt != null || g.Signatures.Any()));
    }

    /// <summary>The situation's largest group (null when the framework sets none).</summary>
    public async Task<int?> GroupMaxAsync(CcfProject project) =>
        (await plans.ForCohortAsync(project.CohortId)).Situation(project.SituationCode)?.Situation.GroupMax;

    /// <summary>The problems of the project with these members instead (the situation's group size), in French.</summary>
    public async Task<IReadOnlyList<Message>> CheckAsync(CcfProject project, IReadOnlyCollection<Guid> members)
    {
        var situation = (await plans.ForCohortAsync(project.CohortId)).Situation(project.SituationCode)?.Situation;
        return CcfProject.Check(project.Title, members, situation?.GroupMin, situation?.GroupMax);
    }
}
