using Sillage.Web.PartnerDirectory;
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
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Partners;

/// <summary>A structure of the directory and its history with the establishment: contacts, placements, partnership
/// events (those the user may see, <see cref="PartnershipAccess"/>), apprenticeship-tax amounts per year. Staff of the
/// establishment read it; managers add and remove contacts.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(SillageDb db, PfmpAccess access, PartnershipAccess partnerships, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public HostOrganisation Host { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public IReadOnlyList<Placement> Placements { get; private set; } = [];
    public IReadOnlySet<Guid> TutorContacts { get; private set; } = new HashSet<Guid>();

    [BindProperty]
    public ContactInput NewContact { get; set; } = new();

    public IReadOnlyList<EventRow> Events { get; private set; } = [];
    public IReadOnlyList<(string Year, decimal Amount)> TaxByYear { get; private set; } = [];

    public sealed record EventRow(Guid Id, DateOnly Date, PartnershipKind Kind, string Title, decimal? Hours, List<string> Cohorts, int Learners);

    public sealed record Placement(Guid PeriodId, string Learner, DateOnly Start, DateOnly End, string? Tutor, ConventionStatus Status, bool Visible);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

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

    private async Task<bool> LoadAsync(Guid id)
    {
        var host = await access.VisibleHosts().AsNoTracking().Include(h => h.Contacts).SingleOrDefaultAsync(h => h.Id == id);
        if (host is null)
        {
            return false;
        }

        Host = host;
        host.Contacts.Sort((a, b) => string.CompareOrdinal(a.LastName, b.LastName));
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
        Events = await partnerships.VisibleEvents().AsNoTracking().Where(a => a.Partners.Any(p => p.HostOrganisationId == id))
            .OrderByDescending(a => a.Date).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new EventRow(a.Id, a.Date, a.Kind, a.Title, a.Hours,
                a.Cohorts.Join(db.Cohorts, c => c.CohortId, c => c.Id, (_, c) => c.Name).OrderBy(n => n).ToList(), a.Learners.Count))
            .ToListAsync();
        // Decimal sums are not translated on SQLite: a partner gives once or twice a year, summed here.
        TaxByYear = (await db.ApprenticeshipTaxContributions.AsNoTracking().Where(c => c.HostOrganisationId == id).Select(c => new { c.SchoolYear, c.Amount }).ToListAsync())
            .GroupBy(c => c.SchoolYear).OrderByDescending(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(c => c.Amount))).ToList();
        TutorContacts = (await db.PfmpPeriods.Where(p => p.HostOrganisationId == id && p.TutorContactId != null)
            .Select(p => p.TutorContactId!.Value).Distinct().ToListAsync()).ToHashSet();
        return true;
    }
}
