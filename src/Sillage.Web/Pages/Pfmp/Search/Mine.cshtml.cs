using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The learner's own search for a PFMP (guide § 2.2: the learner chooses, helped by the team): the
/// structures they proposed, the applications they logged, the guide's table beside them.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MineModel(SillageDb db, SearchAccess access, IStringLocalizer<Text> l) : PageModel
{
    public SearchView View { get; private set; } = null!;
    public PlacementStrategy Strategy { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostDeleteApplicationAsync(Guid applicationId, Guid version)
    {
        var application = await access.OwnApplications().SingleOrDefaultAsync(a => a.Id == applicationId);
        if (application is null)
        {
            return NotFound();
        }

        if (application.CheckEditable() is { } error)
        {
            return await RefuseAsync(error);
        }

        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        db.PfmpApplications.Remove(application);
        return await SaveAsync(l["Candidature supprimée."]);
    }

    public async Task<IActionResult> OnPostDeleteProposalAsync(Guid proposalId, Guid version)
    {
        var proposal = await access.OwnProposals().SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
        {
            return NotFound();
        }

        if (proposal.CheckEditable() is { } error)
        {
            return await RefuseAsync(error);
        }

        if (await db.PfmpApplications.AnyAsync(a => a.ProposalId == proposalId))
        {
            return await RefuseAsync(new("Des candidatures concernent cette structure : supprimez-les d'abord."));
        }

        db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
        db.HostProposals.Remove(proposal);
        return await SaveAsync(l["Structure proposée supprimée."]);
    }

    private async Task<IActionResult> SaveAsync(string message)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(new("Cet élément a été modifié entre-temps (dans un autre onglet ?) : rien n'a été supprimé. Vérifiez-le puis recommencez."));
        }

        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(Sillage.Domain.Message error)
    {
        db.ChangeTracker.Clear();
        ModelState.AddMessage(l, string.Empty, error);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        View = await SearchView.LoadAsync(db, access.UserId);
        Strategy = PlacementStrategies.Of(await db.PfmpPeriods.Where(p => p.LearnerId == access.UserId && p.Convention.Status != ConventionStatus.Refused)
            .Select(p => p.HostOrganisationId).ToListAsync());
    }
}
