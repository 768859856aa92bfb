using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>A manager corrects or deletes an event. Someone else's save in between is not overwritten.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, PartnershipAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel, IEventForm
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventChoices? Choices { get; private set; }

    public PartnershipAction Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = EventInput.From(Event);
        Input.PadContributions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!EventEditor.Check(Input, Choices!, clock.Today, ModelState, l, nameof(Input)))
        {
            Input.PadContributions();
            return Page();
        }

        db.Entry(Event).Property(a => a.Version).OriginalValue = Input.Version;
        EventEditor.Apply(Event, Input, clock.GetUtcNow().UtcDateTime);
        audit.Record("partnership.event-updated", Event.Id, Event.Title);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cet évènement a été modifié par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            Input.PadContributions();
            return Page();
        }

        TempData["Message"] = l["Modifications enregistrées."].Value;
        return RedirectToPage("/Partners/Events/Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var deleted = await access.ManagedEvents().Where(a => a.Id == id).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }

        audit.Record("partnership.event-deleted", id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Évènement supprimé."].Value;
        return RedirectToPage("/Partners/Events/Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var action = await access.ManagedEvents().Include(a => a.Partners).Include(a => a.Cohorts).Include(a => a.Learners).Include(a => a.Contributions)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return false;
        }

        Event = action;
        Choices = await EventChoices.LoadAsync(db, action.EstablishmentId, action.Cohorts.Select(c => c.CohortId).ToList());
        return true;
    }
}
