using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Resources;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Resources;

/// <summary>Adds a resource to the establishment's library, or changes one, with the competences it serves.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(SillageDb db, ResourceCatalog catalog, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public ResourceInput Input { get; set; } = new();

    public Resource? Resource { get; private set; }
    public IReadOnlyList<FrameworkElements> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Resource is { } r)
        {
            Input = new ResourceInput
            {
                Title = r.Title, Url = r.Url, Publisher = r.Publisher, Description = r.Description, Audience = r.Audience,
                Competences = r.Competences.Select(c => c.FrameworkCode + ":" + c.ElementCode).ToList(),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Sillage.Domain.Resources.Resource.CheckTitle(Input.Title) is { } title)
        {
            ModelState.AddMessage(l, "Input.Title", title);
        }

        if (Sillage.Domain.Resources.Resource.CheckUrl(Input.Url) is { } url)
        {
            ModelState.AddMessage(l, "Input.Url", url);
        }

        if (Input.Publisher is { Length: > 200 } || Input.Description is { Length: > 4000 })
        {
            ModelState.AddModelError("Input.Description", l["L'éditeur tient en 200 caractères et la description en 4 000."]);
        }

        var known = Frameworks.SelectMany(f => f.Elements.Select(e => f.Code + ":" + e.Code)).ToHashSet(StringComparer.Ordinal);
        if (Input.Competences.Any(c => !known.Contains(c)))
        {
            ModelState.AddModelError("Input.Competences", l["Une compétence choisie n'existe pas dans les référentiels installés."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resource = Resource;
        if (resource is null)
        {
            resource = new Resource { Title = "", EstablishmentId = await catalog.HomeAsync(), CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Resources.Add(resource);
        }

        resource.Title = Input.Title!.Trim();
        resource.Url = string.IsNullOrWhiteSpace(Input.Url) ? null : Input.Url.Trim();
        resource.Publisher = string.IsNullOrWhiteSpace(Input.Publisher) ? null : Input.Publisher.Trim();
        resource.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        resource.Audience = Input.Audience;
        resource.Competences.Clear();
        foreach (var competence in Input.Competences.Distinct())
        {
            var colon = competence.IndexOf(':', StringComparison.Ordinal);
            resource.Competences.Add(new ResourceCompetence { ResourceId = resource.Id, FrameworkCode = competence[..colon], ElementCode = competence[(colon + 1)..] });
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Ressource « {0} » enregistrée.", resource.Title].Value;
        return RedirectToPage("/Resources/Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await (await catalog.EditableAsync()).Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return NotFound();
        }

        TempData["Message"] = l["Ressource supprimée (elle est retirée des situations qui l'utilisaient)."].Value;
        return RedirectToPage("/Resources/Index");
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } rid)
        {
            Resource = await (await catalog.EditableAsync()).Include(r => r.Competences).SingleOrDefaultAsync(r => r.Id == rid, cancellationToken);
            if (Resource is null)
            {
                return false;
            }
        }

        Frameworks = await catalog.FrameworksAsync(cancellationToken);
        return true;
    }

    public sealed class ResourceInput
    {
        [Display(Name = "Titre")]
        public string? Title { get; set; }

        [Display(Name = "Adresse (https://…)")]
        public string? Url { get; set; }

        [Display(Name = "Éditeur")]
        public string? Publisher { get; set; }

        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Display(Name = "Pour qui ?")]
        public ResourceAudience Audience { get; set; }

        /// <summary>"mc-sno:C3.2".</summary>
        public List<string> Competences { get; set; } = [];
    }
}
