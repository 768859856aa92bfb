using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Situations;

/// <summary>Changes the general part of a situation and its resources; the save is a new version.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.Staff)]
public sealed class EditModel(SillageDb db, SituationAccess access, SituationEditor editor, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public Situation Situation { get; private set; } = null!;
    public SituationOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = SituationInput.From(Situation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Validate(ModelState, l, Options, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(Situation);
        Situation.Resources.RemoveAll(r => r.MissionId is null);
        foreach (var (resource, i) in Input.ResourceIds.Distinct().Select((r, i) => (r, i)))
        {
            Situation.Resources.Add(new SituationResource { SituationId = id, ResourceId = resource, SortOrder = i });
        }

        if (await editor.SaveAsync(Situation, Input.Version, new Message("Informations générales modifiées"), cancellationToken) is { } problem)
        {
            ModelState.AddMessage(l, "", problem);
            return Page();
        }

        TempData["Message"] = l["Situation enregistrée (version {0}).", Situation.Version].Value;
        return RedirectToPage("/Situations/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var situation = await editor.LoadEditableAsync(id, cancellationToken);
        if (situation is null)
        {
            return false;
        }

        Situation = situation;
        Options = await SituationOptions.LoadAsync(db, situation.EstablishmentId ?? await access.HomeAsync(), cancellationToken);
        return true;
    }
}
