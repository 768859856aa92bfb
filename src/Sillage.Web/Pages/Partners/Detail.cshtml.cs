using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Partners;

/// <summary>A structure of the directory: its contacts, the history of its placements and of the partnership
/// actions. Staff of the establishment read it; managers add and remove contacts and actions.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(SillageDb db, PfmpAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public HostOrganisation Host { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public IReadOnlyList<Placement> Placements { get; private set; } = [];
    public IReadOnlySet<Guid> TutorContacts { get; private set; } = new HashSet<Guid>();

    [BindProperty]
    public ContactInput NewContact { get; set; } = new();

    [BindProperty]
    public ActionInput NewAction { get; set; } = new();

    public sealed record Placement(Guid PeriodId, string Learner, DateOnly Start, DateOnly End, string? Tutor, ConventionStatus Status, bool Visible);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        NewAction.Date = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostContactAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        ModelState.Clear();
        foreach (var (field, error) in NewContact.Validate(nameof(NewContact)))
        {
            ModelState.AddMessage(l, field, error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contact = NewContact.ToContact(id);
        db.HostContacts.Add(contact);
        audit.Record("partner.contact-added", id, contact.FullName);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Contact {0} ajouté.", contact.FullName].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteContactAsync(Guid id, Guid contactId)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        if (TutorContacts.Contains(contactId))
        {
            ModelState.AddModelError(string.Empty, l["Ce contact est le tuteur d'une période de PFMP : changez d'abord le tuteur de la période."]);
            return Page();
        }

        await db.HostContacts.Where(c => c.Id == contactId && c.HostOrganisationId == id).ExecuteDeleteAsync();
        audit.Record("partner.contact-removed", id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Contact retiré."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        ModelState.Clear();
        foreach (var (field, error) in NewAction.Validate(nameof(NewAction)))
        {
            ModelState.AddMessage(l, field, error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.PartnershipActions.Add(NewAction.ToAction(id, clock.GetUtcNow().UtcDateTime));
        audit.Record("partner.action-added", id, NewAction.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Action « {0} » enregistrée.", NewAction.Title!.Trim()].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteActionAsync(Guid id, Guid actionId)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        await db.PartnershipActions.Where(a => a.Id == actionId && a.HostOrganisationId == id).ExecuteDeleteAsync();
        audit.Record("partner.action-removed", id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Action supprimée."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var host = await access.VisibleHosts().AsNoTracking().Include(h => h.Contacts).Include(h => h.Actions)
            .AsSplitQuery().SingleOrDefaultAsync(h => h.Id == id);
        if (host is null)
        {
            return false;
        }

        Host = host;
        host.Contacts.Sort((a, b) => string.CompareOrdinal(a.LastName, b.LastName));
        host.Actions.Sort((a, b) => b.Date.CompareTo(a.Date));
        CanManage = await access.ManagedHosts().AnyAsync(h => h.Id == id);
        var visible = access.VisiblePeriods().Select(p => p.Id);
        Placements = await db.PfmpPeriods.AsNoTracking().Where(p => p.HostOrganisationId == id).OrderByDescending(p => p.Start)
            .Join(db.Users, p => p.LearnerId, u => u.Id, (p, u) => new
            {
                p.Id, u.FirstName, u.LastName, p.Start, p.End, p.TutorContactId, p.Convention.Status, Visible = visible.Contains(p.Id),
            })
            .Select(p => new Placement(p.Id, p.FirstName + " " + p.LastName, p.Start, p.End,
                db.HostContacts.Where(c => c.Id == p.TutorContactId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(), p.Status, p.Visible))
            .ToListAsync();
        TutorContacts = (await db.PfmpPeriods.Where(p => p.HostOrganisationId == id && p.TutorContactId != null)
            .Select(p => p.TutorContactId!.Value).Distinct().ToListAsync()).ToHashSet();
        return true;
    }
}
