using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages.People;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// How the tutor of a period comes in: an invitation to choose a password (an account like any other), or an
/// expiring link that opens only the tutor space, shown once and sent by e-mail. Links can be revoked.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class TutorAccessModel(SillageDb db, PfmpAccess access, Invitations invitations, EmailOutbox outbox, AuditLog audit,
    PublicAddress address, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public static readonly int[] Validities = [7, 30, 60, 90];

    public PeriodView View { get; private set; } = null!;
    public User? Tutor { get; private set; }

    /// <summary>The period names a person of another establishment (as the former matching by address could): they
    /// are neither shown, invited nor given a link from here.</summary>
    public bool TutorElsewhere { get; private set; }
    public IReadOnlyList<TutorLink> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        if (!await LoadAsync(id) || Tutor is null)
        {
            return NotFound();
        }

        var tracked = await db.Users.SingleAsync(u => u.Id == Tutor.Id);
        var link = await invitations.InviteAsync(tracked);
        audit.Record("pfmp.tutor-invited", tracked.Id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Invitation envoyée à {0}.", tracked.Email!].Value;
        TempData["InvitationLink"] = link;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, int days)
    {
        if (!await LoadAsync(id) || Tutor is null)
        {
            return NotFound();
        }

        if (!Validities.Contains(days))
        {
            ModelState.AddModelError(string.Empty, l["Choisissez une durée de validité de la liste."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (tutorLink, token) = TutorLink.Create(Tutor.Id, access.UserId, now, TimeSpan.FromDays(days));
        db.TutorLinks.Add(tutorLink);
        var url = address.Page("/Pfmp/Tutor/Access", new { jeton = token });
        outbox.Enqueue(Tutor.Email!, new Message("Votre accès à l'espace tuteur Sillage"),
            new Message("Bonjour {0},\n\nVous accueillez {1} en période de formation en milieu professionnel chez {2}.\nCe lien ouvre votre espace tuteur dans Sillage, sans mot de passe, jusqu'au {3:d} :\n\n{4}\n\nVous y trouverez la convention à signer, la présence à relever et l'appréciation à saisir.\nNe transmettez pas ce lien : il donne accès aux informations des apprenants que vous accueillez.",
                Tutor.FirstName, View.LearnerName, View.Host.Name, clock.ToSchoolDate(tutorLink.ExpiresAt), url));
        audit.Record("pfmp.tutor-link-created", Tutor.Id, $"{days} jours");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Lien d'accès créé et envoyé à {0}, valable {1} jours.", Tutor.Email!, days].Value;
        TempData["TutorLink"] = url;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid linkId)
    {
        if (!await LoadAsync(id) || Tutor is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.TutorLinks.Where(k => k.Id == linkId && k.TutorId == Tutor.Id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now));
        if (revoked > 0)
        {
            audit.Record("pfmp.tutor-link-revoked", Tutor.Id);
            await db.SaveChangesAsync();
        }

        TempData["Message"] = l["Lien révoqué : il n'ouvre plus l'espace tuteur."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await PeriodView.LoadAsync(db, access.ManagedPeriods(), id, clock.Today);
        if (view is null)
        {
            return false;
        }

        View = view;
        Tutor = view.Period.TutorId is { } tutorId ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == tutorId) : null;
        if (Tutor is not null && Tutor.EstablishmentId != view.Host.EstablishmentId)
        {
            Tutor = null;
            TutorElsewhere = true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Links = Tutor is null ? [] : await db.TutorLinks.AsNoTracking().Where(k => k.TutorId == Tutor.Id && k.RevokedAt == null && k.ExpiresAt > now)
            .OrderByDescending(k => k.CreatedAt).ToListAsync();
        return true;
    }
}
