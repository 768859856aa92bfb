using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Projet;

/// <summary>A learner's projet professionnel as it is read (the learner's page, the dashboard card, the interview form):
/// its texts, steps, what it links to with their labels, and its history with names. Callers check who may read it.</summary>
public sealed record ProjectView(ProfessionalProject Project, IReadOnlyList<ProjectView.LinkRow> Links, IReadOnlyList<ProjectView.RevisionRow> History)
{
    public sealed record LinkRow(ProjectLinkKind Kind, Guid Id, string Label, DateOnly Date);

    public sealed record RevisionRow(int Version, DateTime At, string? By, ProjectChange Change, DateOnly? InterviewHeldOn);

    public IEnumerable<ProjectStep> Steps => Project.Steps.OrderBy(s => s.SortOrder).ThenBy(s => s.AddedAt);

    /// <param name="brief">For a card among others (the dashboard, the interview form): the steps and the last change,
    /// without resolving the links (few queries).</param>
    public static async Task<ProjectView?> LoadAsync(SillageDb db, Guid learnerId, bool brief = false, CancellationToken cancellationToken = default)
    {
        var query = db.ProfessionalProjects.AsNoTracking().Include(p => p.Steps).Where(p => p.LearnerId == learnerId);
        var project = await (brief ? query : query.Include(p => p.Links).AsSplitQuery()).SingleOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return null;
        }

        // Only the learner's own items: a link left to something that was deleted (or is not theirs) shows nothing.
        IReadOnlyList<LinkRow> choices = brief ? [] : await LinkChoices.LoadAsync(db, learnerId, cancellationToken);
        var links = project.Links.Select(l => choices.SingleOrDefault(c => c.Kind == l.Kind && c.Id == l.TargetId)).OfType<LinkRow>()
            .OrderBy(l => l.Kind).ThenByDescending(l => l.Date).ToList();
        var history = await db.ProjectRevisions.AsNoTracking().Where(r => r.ProjectId == project.Id).OrderByDescending(r => r.Version)
            .Select(r => new RevisionRow(r.Version, r.ChangedAt,
                db.Users.Where(u => u.Id == r.ChangedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(), r.Change,
                db.Interviews.Where(i => i.Id == r.InterviewId).Select(i => (DateOnly?)i.HeldOn).FirstOrDefault()))
            .Take(brief ? 1 : 50).ToListAsync(cancellationToken);
        return new ProjectView(project, links, history);
    }
}
