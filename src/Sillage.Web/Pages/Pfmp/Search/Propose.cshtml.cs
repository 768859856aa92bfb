using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.PartnerDirectory;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The learner proposes a structure that is not in the directory (or corrects a proposal not validated
/// yet). The SIRET of a structure already in the directory is refused, naming it: the learner picks it instead.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class ProposeModel(SillageDb db, SearchAccess access, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var proposal = await access.OwnProposals().AsNoTracking().SingleOrDefaultAsync(p => p.Id == existing);
            if (proposal is null)
            {
                return NotFound();
            }

            Input = ProposalInput.From(proposal);
            Contact = ProposalInput.ContactOf(proposal);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        IsNew = id is null;
        HostProposal? proposal = null;
        if (id is { } existing && (proposal = await access.OwnProposals().SingleOrDefaultAsync(p => p.Id == existing)) is null)
        {
            return NotFound();
        }

        if (proposal?.CheckEditable() is { } locked)
        {
            ModelState.AddMessage(l, string.Empty, locked);
            return Page();
        }

        foreach (var (field, error) in Input.Validate(nameof(Input)).Concat(Contact.IsEmpty ? [] : Contact.Validate(nameof(Contact))))
        {
            ModelState.AddMessage(l, field, error);
        }

        var me = access.UserId;
        var establishmentId = await db.Users.Where(u => u.Id == me).Select(u => u.EstablishmentId).SingleAsync();
        if (establishmentId is null)
        {
            ModelState.AddModelError(string.Empty, l["Votre compte n'est rattaché à aucun établissement : demandez au référent d'ajouter la structure."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var duplicates = await HostDirectory.DuplicatesAsync(db, establishmentId!.Value, null, Input.Name!, Input.Siret);
        if (HostProposal.CheckAgainstDirectory(duplicates) is { } same)
        {
            ModelState.AddMessage(l, "Input.Siret", same);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (proposal is null)
        {
            proposal = new HostProposal { EstablishmentId = establishmentId.Value, LearnerId = me, Name = Input.Name!, CreatedAt = now };
            db.HostProposals.Add(proposal);
        }
        else
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(proposal, Contact, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette structure a été modifiée entre-temps (dans un autre onglet ?) : vos saisies n'ont pas été enregistrées. Rechargez la page pour voir sa version actuelle."]);
            return Page();
        }

        TempData["Message"] = l["Structure « {0} » proposée : le référent la vérifiera avant de l'ajouter à l'annuaire.", proposal.Name].Value;
        return RedirectToPage("/Pfmp/Search/Mine");
    }
}
