using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Career;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Projet;

/// <summary>One learner's follow-up after the training: their 6- and 12-month situations, recorded here by the
/// référent, and the links sent to the learner so that they answer themselves (sent, revoked; every step audited).</summary>
[Authorize(Policy = Policies.Management)]
public sealed class GraduateModel(SillageDb db, Graduates graduates, EmailOutbox outbox, AuditLog audit, PublicAddress address, SchoolClock clock,
    IStringLocalizer<Text> l) : PageModel
{
    public static readonly int[] Validities = [14, 30, 60];

    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public Graduates.Row Learner { get; private set; } = null!;
    public IReadOnlyList<FollowUpLink> Links { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.ObservedOn = Today;
        Input.Milestone = Learner.LeftOn is { } left && FollowUpRules.DueOn(left, FollowUpMilestone.TwelveMonths) <= Today ? FollowUpMilestone.TwelveMonths : FollowUpMilestone.SixMonths;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Learner.LeftOn is not { } leftOn)
        {
            ModelState.AddMessage(l, string.Empty, new Message("Cet apprenant est encore en formation : sa situation après la formation se renseigne une fois sa promotion archivée ou son compte désactivé."));
            return Page();
        }

        if (!Input.Check(ModelState, l, "Input.", leftOn, Today))
        {
            return Page();
        }

        await Input.ApplyAsync(db, id, User.UserId(), clock.GetUtcNow().UtcDateTime);
        audit.Record("followup.situation-recorded", id, $"{(int)Input.Milestone} mois");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Situation {0} enregistrée.", CareerLabels.Milestone(Input.Milestone, l)].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, int days)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Learner.LeftOn is null || Learner.Email is null)
        {
            ModelState.AddMessage(l, string.Empty, new Message("Un lien s'envoie à un apprenant sorti de la formation qui a une adresse e-mail."));
            return Page();
        }

        if (!Validities.Contains(days))
        {
            ModelState.AddMessage(l, string.Empty, new Message("Choisissez une durée de validité de la liste."));
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (link, token) = FollowUpLink.Create(id, User.UserId(), now, TimeSpan.FromDays(days));
        db.FollowUpLinks.Add(link);
        var url = address.Page("/Projet/GraduateAnswer", new { jeton = token });
        outbox.Enqueue(Learner.Email, new Message("Que devenez-vous ? Votre situation après la formation"),
            new Message("Bonjour,\n\nVous avez suivi la formation « {0} ». L'équipe aimerait savoir ce que vous devenez (emploi, études, recherche d'emploi…).\nCe lien vous permet de l'indiquer en une minute, sans mot de passe, jusqu'au {1:d} :\n\n{2}\n\nMerci ! Ne transmettez pas ce lien : il est personnel.",
                Learner.Cohort, clock.ToSchoolDate(link.ExpiresAt), url));
        audit.Record("followup.link-sent", id, $"{days} jours");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Lien envoyé à {0}, valable {1} jours.", Learner.Email, days].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid linkId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.FollowUpLinks.Where(k => k.Id == linkId && k.LearnerId == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now));
        if (revoked > 0)
        {
            audit.Record("followup.link-revoked", id);
            await db.SaveChangesAsync();
        }

        TempData["Message"] = l["Lien révoqué : il ne permet plus de répondre."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if ((await graduates.LoadAsync(id)).SingleOrDefault() is not { } row)
        {
            return false;
        }

        Learner = row;
        Today = clock.Today;
        var now = clock.GetUtcNow().UtcDateTime;
        Links = await db.FollowUpLinks.AsNoTracking().Where(k => k.LearnerId == id && k.RevokedAt == null && k.ExpiresAt > now)
            .OrderByDescending(k => k.CreatedAt).ToListAsync();
        return true;
    }
}
