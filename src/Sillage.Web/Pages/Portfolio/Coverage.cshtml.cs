using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Per compétence of the learner's framework: the traces that support it (directly or through a
/// compétence détaillée), and those that have none yet.</summary>
[Authorize(Policy = Policies.School)]
public sealed class CoverageModel(SillageDb db, PortfolioAccess access) : PageModel
{
    public Guid LearnerId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public bool IsOwner { get; private set; }
    public IReadOnlyList<CompetenceChoices.Block> Blocks { get; private set; } = [];
    public ILookup<Guid, Support> SupportByElement { get; private set; } = Array.Empty<Support>().ToLookup(s => s.ElementId);

    public int Competences => Blocks.Sum(b => b.Elements.Count(e => e.Kind == ElementKind.Competence));
    public int CoveredCompetences => Blocks.Sum(b => b.Elements.Count(e => e.Kind == ElementKind.Competence && IsCovered(e)));

    /// <summary>For staff opening the page without a learner: whom to choose from.</summary>
    public IReadOnlyList<PortfolioAccess.LearnerName>? Learners { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? learnerId)
    {
        if (learnerId is null && access.IsStaff)
        {
            Learners = await access.VisibleLearnersAsync();
            return Page();
        }

        var id = learnerId ?? access.UserId;
        if (!await access.CanReadDossierOfAsync(id))
        {
            return NotFound();
        }

        LearnerId = id;
        IsOwner = id == access.UserId;
        LearnerName = await db.Users.Where(u => u.Id == id).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        Blocks = await CompetenceChoices.ForFrameworkAsync(db, await access.FrameworkOfAsync(id));
        SupportByElement = (await db.TraceCompetenceLinks.AsNoTracking()
                .Join(db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null), x => x.TraceId, t => t.Id,
                    (x, t) => new Support(x.ElementId, t.Id, t.Title, t.ActivityDate, x.SelfLevel))
                .ToListAsync())
            .OrderByDescending(s => s.ActivityDate)
            .ToLookup(s => s.ElementId);
        return Page();
    }

    /// <summary>The traces of a compétence include those of its compétences détaillées.</summary>
    public IReadOnlyList<Support> SupportOf(FrameworkOutline.Element element)
    {
        var own = SupportByElement[element.Id];
        if (element.Kind != ElementKind.Competence)
        {
            return own.ToList();
        }

        var children = Blocks.SelectMany(b => b.Elements).Where(e => e.ParentId == element.Id).SelectMany(e => SupportByElement[e.Id]);
        return own.Concat(children).DistinctBy(s => s.TraceId).ToList();
    }

    public bool IsCovered(FrameworkOutline.Element element) => SupportOf(element).Count > 0;

    public sealed record Support(Guid ElementId, Guid TraceId, string Title, DateOnly ActivityDate, int? SelfLevel);
}
