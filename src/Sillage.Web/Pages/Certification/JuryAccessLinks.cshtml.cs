using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages.Certification.Jury;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// How the members of an exam session's jury come in. Besides their account, the référent can send a member from
/// outside the school a link that opens only this session's jury pages, until the session closes; links can be
/// revoked. Members can be added to the session while it is not over.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class JuryAccessLinksModel(SillageDb db, CohortAccess cohorts, EmailOutbox outbox, AuditLog audit, TimeProvider clock, SchoolClock school,
    PublicAddress address, IStringLocalizer<Text> l) : PageModel
{
    public ExamSession Session { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];

    /// <summary>People with the Jury role who do not sit in the session yet.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Others { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    public bool IsOver => Session.EndsAt <= Now;

    public sealed record Member(Guid Id, string Name, string? Email, bool HasPassword, IReadOnlyList<JuryLink> Links);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid jurorId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var member = Members.FirstOrDefault(m => m.Id == jurorId);
        if (member is null)
        {
            ModelState.AddModelError(string.Empty, l["Cette personne ne fait pas partie du jury de la session."]);
            return Page();
        }

        if (string.IsNullOrEmpty(member.Email))
        {
            ModelState.AddModelError(string.Empty, l["{0} n'a pas d'adresse e-mail : ajoutez-la dans sa fiche avant d'envoyer un lien.", member.Name]);
            return Page();
        }

        var now = Now;
        if (JuryLink.Create(Session, jurorId, User.UserId(), now) is not var (link, token))
        {
            ModelState.AddModelError(string.Empty, l["La session « {0} » est terminée : un lien n'ouvrirait plus rien.", Session.Title]);
            return Page();
        }

        db.JuryLinks.Add(link);
        var url = address.Page("/Certification/Jury/Access", new { jeton = token });
        outbox.Enqueue(member.Email, new Message("Jury « {0} » : votre accès aux dossiers des candidats", Session.Title),
            new Message("Bonjour {0},\n\nVous êtes membre du jury de la session « {1} », du {2:g} au {3:g}.\nCe lien vous ouvre, sans mot de passe, les dossiers de certification figés des candidats de cette session et votre grille d'évaluation :\n\n{4}\n\nLes dossiers ne sont lisibles que pendant la session ; le lien expire à sa fin.\nNe transmettez pas ce lien : il donne accès aux dossiers des candidats.",
                member.Name, Session.Title, school.ToSchoolTime(Session.StartsAt), school.ToSchoolTime(Session.EndsAt), url));
        audit.Record("jury.link-created", jurorId, Session.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Lien d'accès créé et envoyé à {0}, valable jusqu'à la fin de la session.", member.Email].Value;
        TempData["JuryLink"] = url;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid linkId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var now = Now;
        var revoked = await db.JuryLinks.Where(k => k.Id == linkId && k.SessionId == Session.Id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now));
        if (revoked > 0)
        {
            audit.Record("jury.link-revoked", Session.Id, Session.Title);
            await db.SaveChangesAsync();
        }

        TempData["Message"] = l["Lien révoqué : il n'ouvre plus l'espace jury."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid jurorId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsOver)
        {
            ModelState.AddModelError(string.Empty, l["La session « {0} » est terminée : son jury ne change plus.", Session.Title]);
            return Page();
        }

        var other = Others.FirstOrDefault(o => o.Id == jurorId);
        if (other.Name is null)
        {
            ModelState.AddModelError(string.Empty, l["Choisissez un membre du jury dans la liste."]);
            return Page();
        }

        db.ExamJurors.Add(new ExamJuror { SessionId = Session.Id, PersonId = jurorId });
        audit.Record("certification.session-juror-added", jurorId, Session.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} fait maintenant partie du jury de la session.", other.Name].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var managedIds = cohorts.ManagedCohorts().Select(c => c.Id);
        var session = await db.ExamSessions.AsNoTracking().Include(s => s.Jurors).SingleOrDefaultAsync(s => s.Id == id && managedIds.Contains(s.CohortId));
        if (session is null)
        {
            return false;
        }

        Session = session;
        var now = Now;
        var jurorIds = session.Jurors.Select(j => j.PersonId).ToList();
        var links = await JuryLinkAuthentication.Usable(db, now).AsNoTracking().Where(k => k.SessionId == id).OrderByDescending(k => k.CreatedAt).ToListAsync();
        Members = (await db.Users.AsNoTracking().Where(u => jurorIds.Contains(u.Id)).OrderBy(u => u.LastName).ThenBy(u => u.FirstName)
                .Select(u => new { u.Id, u.FirstName, u.LastName, u.Email, HasPassword = u.ActivatedAt != null }).ToListAsync())
            .Select(u => new Member(u.Id, $"{u.FirstName} {u.LastName}", u.Email, u.HasPassword, links.Where(k => k.JurorId == u.Id).ToList())).ToList();
        Others = await JuryAccess.AvailableMembersAsync(db, db.Cohorts.Where(c => c.Id == session.CohortId).Select(c => c.EstablishmentId), jurorIds);
        return true;
    }
}
