using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>A manager records a partnership event of the establishment (several partners or none, cohorts, learners,
/// hours, tax amounts). <c>?partenaire=</c> ticks a partner in advance (from its page).</summary>
[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, PartnershipAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel, IEventForm
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public Guid? Establishment { get; set; }

    public EventChoices? Choices { get; private set; }

    public async Task OnGetAsync(Guid? partenaire)
    {
        await LoadAsync();
        Input.Date = clock.Today;
        if (partenaire is { } p && Choices?.Partners.Any(x => x.Id == p) == true)
        {
            Input.PartnerIds.Add(p);
        }

        Input.PadContributions();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Choices is null)
        {
            Input.PadContributions();
            return Page();
        }

        if (!EventEditor.Check(Input, Choices, clock.Today, ModelState, l, nameof(Input)))
        {
            Input.PadContributions();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var action = new PartnershipAction { EstablishmentId = Choices.EstablishmentId, Title = "", CreatedAt = now };
        EventEditor.Apply(action, Input, now);
        db.PartnershipActions.Add(action);
        audit.Record("partnership.event-created", action.Id, action.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Évènement « {0} » enregistré.", action.Title].Value;
        return RedirectToPage("/Partners/Events/Index");
    }

    private async Task LoadAsync()
    {
        if (await access.EstablishmentAsync(Establishment) is { } establishment)
        {
            Choices = await EventChoices.LoadAsync(db, establishment, []);
        }
        else
        {
            ModelState.AddModelError(string.Empty, l["Votre compte n'est rattaché à aucun établissement : les évènements de partenariat appartiennent à un établissement."]);
        }
    }
}
