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

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The learner logs an application, or changes one of theirs (versioned: a stale form is refused, nothing
/// saved). The structure is one of the directory or one the learner proposed.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class ApplicationModel(SillageDb db, SearchAccess access, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public sealed record Choice(Guid Id, string Name, string? City);

    public IReadOnlyList<Choice> Directory { get; private set; } = [];
    public IReadOnlyList<Choice> Proposals { get; private set; } = [];
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existing)
        {
            var application = await access.OwnApplications().AsNoTracking().SingleOrDefaultAsync(a => a.Id == existing);
            if (application is null)
            {
                return NotFound();
            }

            Input = ApplicationInput.From(application);
        }
        else
        {
            Input.AppliedOn = clock.Today;
        }

        await LoadChoicesAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        PfmpApplication? application = null;
        if (id is { } existing && (application = await access.OwnApplications().SingleOrDefaultAsync(a => a.Id == existing)) is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(id);
        if (application?.CheckEditable() is { } locked)
        {
            ModelState.AddMessage(l, string.Empty, locked);
            return Page();
        }

        foreach (var (field, error) in Input.Validate(clock.Today))
        {
            ModelState.AddMessage(l, field, error);
        }

        var hostId = Directory.Any(h => h.Id == Input.HostChoice) ? Input.HostChoice : null;
        // An application to a proposal validated since keeps naming the proposal (its contact is the tutor proposed).
        var proposalId = Proposals.Any(p => p.Id == Input.HostChoice) ? Input.HostChoice
            : hostId is not null && hostId == application?.HostOrganisationId ? application.ProposalId : null;
        if (Input.HostChoice is not null && hostId is null && proposalId is null)
        {
            ModelState.AddMessage(l, "Input.HostChoice", new("Choisissez la structure, dans l'annuaire ou parmi celles que vous proposez."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (application is null)
        {
            application = new PfmpApplication { LearnerId = access.UserId, CreatedAt = now };
            db.PfmpApplications.Add(application);
        }
        else
        {
            db.Entry(application).Property(a => a.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(application, hostId, proposalId, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette candidature a été modifiée entre-temps (dans un autre onglet ?) : vos saisies n'ont pas été enregistrées. Rechargez la page pour voir sa version actuelle."]);
            return Page();
        }

        TempData["Message"] = l["Candidature enregistrée."].Value;
        return RedirectToPage("/Pfmp/Search/Mine");
    }

    private async Task LoadChoicesAsync(Guid? id)
    {
        IsNew = id is null;
        var me = access.UserId;
        var establishment = db.Users.Where(u => u.Id == me).Select(u => u.EstablishmentId);
        Directory = await db.HostOrganisations.AsNoTracking().Where(h => establishment.Contains(h.EstablishmentId))
            .OrderBy(h => h.Name).Select(h => new Choice(h.Id, h.Name, h.City)).ToListAsync();
        // Proposals already in the directory are chosen there.
        Proposals = await access.OwnProposals().AsNoTracking().Where(p => p.HostOrganisationId == null)
            .OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name, p.City)).ToListAsync();
    }
}
