using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Team;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Team;

/// <summary>A cohort's équipe pédagogique: its teachers with their discipline, the framework's compétences and who
/// takes each on. The team page and the home page's counts read it here.</summary>
public sealed class TeamLoader(SillageDb db)
{
    public async Task<TeamView> LoadAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var competences = (await CompetencesAsync([cohort.FrameworkId], cancellationToken))[cohort.FrameworkId];
        var teachers = (await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Teacher)
                .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new TeamTeacher(u.Id, u.FirstName, u.LastName, m.Subject, m.Discipline))
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.LastName, TextFolding.NameOrder).ThenBy(t => t.FirstName, TextFolding.NameOrder).ToList();
        var shares = await db.TeachingShares.AsNoTracking().Where(s => s.CohortId == cohort.Id)
            .Select(s => new { s.TeacherId, s.CompetenceCode }).ToListAsync(cancellationToken);
        var blocks = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block)
            .OrderBy(e => e.SortOrder).Select(e => new TeamBlock(e.Code, e.Title)).ToListAsync(cancellationToken);
        return new TeamView(teachers, blocks, TeamSharing.Cover(competences, shares.Select(s => (s.TeacherId, s.CompetenceCode))));
    }

    /// <summary>How many compétences nobody teaches, per cohort: the figure of the links to the team page.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> GapCountsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken cancellationToken = default)
    {
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).Select(c => new { c.Id, c.FrameworkId }).ToListAsync(cancellationToken);
        var competences = await CompetencesAsync([.. cohorts.Select(c => c.FrameworkId).Distinct()], cancellationToken);
        var shares = (await db.TeachingShares.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId))
                .Select(s => new { s.CohortId, s.TeacherId, s.CompetenceCode }).ToListAsync(cancellationToken))
            .ToLookup(s => s.CohortId);
        return cohorts.ToDictionary(c => c.Id,
            c => TeamSharing.Cover(competences[c.FrameworkId], shares[c.Id].Select(s => (s.TeacherId, s.CompetenceCode))).Gaps.Count);
    }

    /// <summary>The compétences of each framework, in framework order, with their bloc.</summary>
    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<TeamCompetence>>> CompetencesAsync(IReadOnlyCollection<Guid> frameworkIds,
        CancellationToken cancellationToken)
    {
        var rows = await db.FrameworkElements.AsNoTracking()
            .Where(e => frameworkIds.Contains(e.FrameworkId) && e.Kind == ElementKind.Competence)
            .Join(db.FrameworkElements, c => c.ParentId, b => b.Id, (c, b) => new { c.FrameworkId, c.Code, c.Title, Block = b.Code, BlockOrder = b.SortOrder, c.SortOrder })
            .ToListAsync(cancellationToken);
        return frameworkIds.ToDictionary(f => f, f => (IReadOnlyList<TeamCompetence>)
            [.. rows.Where(r => r.FrameworkId == f).OrderBy(r => r.BlockOrder).ThenBy(r => r.SortOrder).Select(r => new TeamCompetence(r.Code, r.Title, r.Block))]);
    }
}

public sealed record TeamTeacher(Guid Id, string FirstName, string LastName, string? Subject, Discipline? Discipline)
{
    public string Name => $"{FirstName} {LastName}";

    /// <summary>The discipline set on the page, else the one the STS-web subject suggests.</summary>
    public Discipline? ShownDiscipline => Discipline ?? TeamSharing.Propose(Subject);
}

public sealed record TeamBlock(string Code, string Title);

public sealed record TeamView(IReadOnlyList<TeamTeacher> Teachers, IReadOnlyList<TeamBlock> Blocks, TeamCoverage Coverage)
{
    public IEnumerable<TeamCoverage.Row> RowsOf(string block) => Coverage.Rows.Where(r => r.Competence.BlockCode == block);

    /// <summary>A teacher takes on the whole bloc: every one of its compétences is theirs.</summary>
    public bool TakesBlock(Guid teacher, string block) => RowsOf(block).All(r => r.Teachers.Contains(teacher)) && RowsOf(block).Any();
}
