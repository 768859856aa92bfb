using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// A learner's whole dossier as the exports read it, loaded in a handful of queries (no N+1): the traces with
/// their revisions, competence links (with framework codes), the savoirs associés they mobilise, attachments (metadata: the bytes are streamed from
/// the file store by each writer) and feedback. <see cref="ExportedOn"/> is the school date of <see cref="ExportedAt"/>
/// (file names, "Exporté le"). Text only, so it stays small even for a thousand traces.
/// </summary>
public sealed record DossierData(
    DossierData.Person Learner,
    DossierData.FrameworkInfo? Framework,
    IReadOnlyList<CompetenceChoices.Block> Blocks,
    IReadOnlyList<DossierData.TraceData> Traces,
    DateTime ExportedAt,
    DateOnly ExportedOn)
{
    public sealed record Person(Guid Id, string FirstName, string LastName, string? Email)
    {
        public string FullName => $"{FirstName} {LastName}";
    }

    public sealed record FrameworkInfo(Guid Id, string Code, string Version, string Title);

    public sealed record TraceData(
        Trace Trace,
        IReadOnlyList<TraceRevision> Revisions,
        IReadOnlyList<LinkData> Links,
        IReadOnlyList<KnowledgeData> Knowledge,
        IReadOnlyList<Attachment> Attachments,
        IReadOnlyList<FeedbackData> Feedback);

    public sealed record LinkData(Guid ElementId, string Code, string Title, string Justification, int? SelfLevel, DateTime CreatedAt);

    /// <summary>A savoir associé of the framework the trace mobilises (<c>TraceKnowledgeLinks</c>).</summary>
    public sealed record KnowledgeData(string Code, string Title);

    public sealed record FeedbackData(FeedbackComment Comment, string AuthorName);

    /// <summary>Traces not deleted, most recent activity first (what the PDF and the site show).</summary>
    public IEnumerable<TraceData> Visible => Traces.Where(t => !t.Trace.IsDeleted);

    /// <summary>The visible traces that support an element (a compétence also through its compétences détaillées).</summary>
    public IReadOnlyList<TraceData> Supporting(FrameworkOutline.Element element, IEnumerable<FrameworkOutline.Element> all)
    {
        var ids = new HashSet<Guid> { element.Id };
        if (element.Kind == ElementKind.Competence)
        {
            ids.UnionWith(all.Where(e => e.ParentId == element.Id).Select(e => e.Id));
        }

        return Visible.Where(t => t.Links.Any(l => ids.Contains(l.ElementId))).ToList();
    }

    /// <param name="includeDeleted">The JSON export keeps deleted traces (nothing a learner wrote is lost); the PDF and the site do not.</param>
    public static async Task<DossierData?> LoadAsync(SillageDb db, Guid learnerId, bool includeDeleted, SchoolClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var learner = await db.Users.AsNoTracking().Where(u => u.Id == learnerId)
            .Select(u => new Person(u.Id, u.FirstName, u.LastName, u.Email)).SingleOrDefaultAsync(cancellationToken);
        if (learner is null)
        {
            return null;
        }

        var frameworkId = await PortfolioAccess.FrameworkOfAsync(db, learnerId);
        var framework = frameworkId is null ? null : await db.Frameworks.AsNoTracking().Where(f => f.Id == frameworkId)
            .Select(f => new FrameworkInfo(f.Id, f.Code, f.Version, f.ShortTitle ?? f.Title)).SingleAsync(cancellationToken);
        var blocks = await CompetenceChoices.ForFrameworkAsync(db, frameworkId);

        var traceQuery = db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId && (includeDeleted || t.DeletedAt == null));
        var traces = await traceQuery.OrderByDescending(t => t.ActivityDate).ThenByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        var traceIds = traceQuery.Select(t => t.Id);
        var revisions = (await db.TraceRevisions.AsNoTracking().Where(r => traceIds.Contains(r.TraceId)).ToListAsync(cancellationToken))
            .OrderBy(r => r.Version).ToLookup(r => r.TraceId);
        var links = (await db.TraceCompetenceLinks.AsNoTracking().Where(l => traceIds.Contains(l.TraceId))
                .Join(db.FrameworkElements, l => l.ElementId, e => e.Id, (l, e) => new { l.TraceId, Link = new LinkData(l.ElementId, e.Code, e.Title, l.Justification, l.SelfLevel, l.CreatedAt), e.SortOrder })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.SortOrder).ToLookup(x => x.TraceId, x => x.Link);
        var knowledge = (await db.TraceKnowledgeLinks.AsNoTracking().Where(k => traceIds.Contains(k.TraceId))
                .Join(db.FrameworkElements, k => k.ElementId, e => e.Id, (k, e) => new { k.TraceId, e.Code, e.Title, e.SortOrder })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Code, StringComparer.Ordinal).ToLookup(x => x.TraceId, x => new KnowledgeData(x.Code, x.Title));
        var attachments = (await db.Attachments.AsNoTracking().Where(a => traceIds.Contains(a.TraceId) && (includeDeleted || a.DeletedAt == null))
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt).ToLookup(a => a.TraceId);
        var feedback = (await db.FeedbackComments.AsNoTracking().Where(c => traceIds.Contains(c.TraceId))
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { c, Name = u.FirstName + " " + u.LastName })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.c.CreatedAt).ToLookup(x => x.c.TraceId, x => new FeedbackData(x.c, x.c.ImportedAuthorName ?? x.Name));

        return new DossierData(learner, framework, blocks,
            traces.Select(t => new TraceData(t, revisions[t.Id].ToList(), links[t.Id].ToList(), knowledge[t.Id].ToList(), attachments[t.Id].ToList(), feedback[t.Id].ToList())).ToList(),
            now, clock.ToSchoolDate(now));
    }
}
