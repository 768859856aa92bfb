using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Referentiel;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The learner links their trace to compétences and compétences détaillées of their cohort's
/// framework, each with what the trace proves and a self-positioning.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class LinksModel(SillageDb db, PortfolioAccess access, MissionContexts missions, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    /// <summary>For a trace written for a mission: the mission and the competences it works (suggested, one click to link).</summary>
    public MissionContext? Mission { get; private set; }

    public Trace Trace { get; private set; } = null!;
    public IReadOnlyList<CompetenceChoices.Block> Blocks { get; private set; } = [];
    public IReadOnlyList<TraceViews.Link> Links { get; private set; } = [];
    public Guid? Preselected { get; private set; }

    /// <summary>The savoirs associés the framework lists under the compétences the trace is linked to, by compétence.</summary>
    public IReadOnlyList<KnowledgeGroup> Knowledge { get; private set; } = [];

    /// <summary>The savoirs associés the trace mobilises.</summary>
    public IReadOnlySet<Guid> KnowledgeLinked { get; private set; } = new HashSet<Guid>();

    public sealed record KnowledgeGroup(FrameworkOutline.Element Competence, IReadOnlyList<FrameworkOutline.Element> Items);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? element)
    {
        Preselected = element;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid? elementId, string? justification, int? selfLevel)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var choice = Blocks.SelectMany(b => b.Elements).FirstOrDefault(e => e.Id == elementId);
        if (choice is null)
        {
            ModelState.AddModelError("elementId", l["Choisissez une compétence du référentiel de votre promotion."]);
        }
        else if (Links.Any(x => x.ElementId == choice.Id))
        {
            ModelState.AddModelError("elementId", l["Cette compétence est déjà reliée à la trace : modifiez sa justification ci-dessous."]);
        }

        Validate(justification, selfLevel, "add");
        if (!ModelState.IsValid)
        {
            Preselected = elementId;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.TraceCompetenceLinks.Add(new TraceCompetenceLink
        {
            TraceId = id, ElementId = choice!.Id, Justification = justification?.Trim() ?? "", SelfLevel = selfLevel, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} reliée à la trace.", choice.Code].Value;
        return RedirectToPage(new { id, element = (Guid?)null });
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, Guid linkId, string? justification, int? selfLevel)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var link = await db.TraceCompetenceLinks.SingleOrDefaultAsync(x => x.Id == linkId && x.TraceId == id);
        if (link is null)
        {
            return NotFound();
        }

        Validate(justification, selfLevel, $"link-{linkId}");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        link.Justification = justification?.Trim() ?? "";
        link.SelfLevel = selfLevel;
        link.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        TempData["Message"] = l["Justification enregistrée."].Value;
        return RedirectToPage(new { id, element = (Guid?)null });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid linkId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // Removed through the change tracker, not ExecuteDelete: the save interceptors keep the dossier figures.
        if (await db.TraceCompetenceLinks.SingleOrDefaultAsync(x => x.Id == linkId && x.TraceId == id) is { } link)
        {
            db.TraceCompetenceLinks.Remove(link);
            await db.SaveChangesAsync();
        }

        TempData["Message"] = l["Compétence retirée de la trace."].Value;
        return RedirectToPage(new { id, element = (Guid?)null });
    }

    /// <summary>Saves the savoirs associés the trace mobilises: the ticked ones among those offered, the others removed.</summary>
    public async Task<IActionResult> OnPostKnowledgeAsync(Guid id, List<Guid>? knowledgeIds)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var offered = Knowledge.SelectMany(g => g.Items).Select(e => e.Id).ToHashSet();
        var wanted = (knowledgeIds ?? []).ToHashSet();
        if (!wanted.IsSubsetOf(offered))
        {
            ModelState.AddModelError("knowledge", l["Choisissez des savoirs associés des compétences reliées à la trace."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var current = await db.TraceKnowledgeLinks.Where(k => k.TraceId == id).ToListAsync();
        db.TraceKnowledgeLinks.RemoveRange(current.Where(k => offered.Contains(k.ElementId) && !wanted.Contains(k.ElementId)));
        db.TraceKnowledgeLinks.AddRange(wanted.Where(e => current.All(k => k.ElementId != e))
            .Select(e => new TraceKnowledgeLink { TraceId = id, ElementId = e, CreatedAt = now }));
        await db.SaveChangesAsync();
        TempData["Message"] = l["Savoirs associés enregistrés ({0}).", wanted.Count].Value;
        return RedirectToPage(new { id, element = (Guid?)null });
    }

    private void Validate(string? justification, int? selfLevel, string key)
    {
        if (string.IsNullOrWhiteSpace(justification))
        {
            ModelState.AddModelError(key, l["Expliquez en une ou deux phrases ce que cette trace prouve pour cette compétence."]);
        }
        else if (justification.Trim().Length > TraceCompetenceLink.JustificationMaxLength)
        {
            ModelState.AddModelError(key, l["La justification ne doit pas dépasser 2 000 caractères."]);
        }

        if (!TraceCompetenceLink.IsValidLevel(selfLevel))
        {
            ModelState.AddModelError(key, l["Choisissez un niveau de l'échelle."]);
        }
    }

    /// <summary>The savoirs associés under each compétence the trace is linked to (itself or through a compétence
    /// détaillée), and under those of savoirs already ticked, so that none is dropped without being shown.</summary>
    public static IReadOnlyList<KnowledgeGroup> KnowledgeOf(IReadOnlyList<FrameworkOutline.Element> outline, IReadOnlySet<Guid> linked, IReadOnlySet<Guid> knowledge)
    {
        var byId = outline.ToDictionary(e => e.Id);
        var competences = linked.Concat(knowledge)
            .Select(id => byId.GetValueOrDefault(id))
            .Select(e => e?.Kind == ElementKind.Competence ? e : e?.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
            .Where(e => e?.Kind == ElementKind.Competence)
            .Select(e => e!.Id)
            .ToHashSet();
        return outline.Where(e => competences.Contains(e.Id))
            .Select(c => new KnowledgeGroup(c, outline.Where(k => k.Kind == ElementKind.Knowledge && IsUnder(k, c.Id, byId)).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
    }

    private static bool IsUnder(FrameworkOutline.Element element, Guid ancestor, IReadOnlyDictionary<Guid, FrameworkOutline.Element> byId)
    {
        for (var parent = element.ParentId; parent is { } p; parent = byId.GetValueOrDefault(p)?.ParentId)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var trace = await access.OwnTraces().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        if (trace is null)
        {
            return false;
        }

        Trace = trace;
        var framework = await access.FrameworkOfAsync(trace.LearnerId);
        Blocks = await CompetenceChoices.ForFrameworkAsync(db, framework);
        Links = await TraceViews.LinksAsync(db, [id]);
        KnowledgeLinked = (await db.TraceKnowledgeLinks.AsNoTracking().Where(k => k.TraceId == id).Select(k => k.ElementId).ToListAsync()).ToHashSet();
        if (framework is { } frameworkId && (Links.Count > 0 || KnowledgeLinked.Count > 0))
        {
            // The outline holds blocs and compétences; the savoirs associés hang under a compétence or a compétence détaillée.
            var savoirs = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == frameworkId && e.Kind == ElementKind.Knowledge)
                .OrderBy(e => e.SortOrder).Select(e => new FrameworkOutline.Element(e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Exam)).ToListAsync();
            Knowledge = KnowledgeOf([.. await FrameworkOutline.OfAsync(db, frameworkId), .. savoirs], Links.Select(x => x.ElementId).ToHashSet(), KnowledgeLinked);
        }
        if (trace.Context == TraceContext.SituationProfessionnelle && trace.ContextReferenceId is { } mission)
        {
            Mission = await missions.ForLearnerAsync(mission, trace.LearnerId);
        }

        return true;
    }
}
