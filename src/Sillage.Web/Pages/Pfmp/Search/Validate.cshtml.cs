using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.PartnerDirectory;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>
/// The référent turns a learner's proposed structure into a directory entry (with its contact), checked for
/// duplicates as the directory's own form does: the same SIRET is refused and the existing entry offered to link
/// instead, a similar name asks for confirmation. A proposal becomes one entry only: its version is checked in the
/// same save as the entry's insert, so a second validation (a double click) saves nothing.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class ValidateModel(SillageDb db, SearchAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public HostInput Input { get; set; } = new() { Kind = HostKind.Company };

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    [Display(Name = "Il s'agit bien d'une autre structure")]
    public bool ConfirmDuplicate { get; set; }

    public HostProposal Proposal { get; private set; } = null!;
    public string LearnerName { get; private set; } = "";
    public IReadOnlyList<HostRules.Duplicate> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracked: false))
        {
            return NotFound();
        }

        Input = new HostInput
        {
            Name = Proposal.Name, Siret = Proposal.Siret, Kind = HostKind.Company, Street = Proposal.Street,
            PostalCode = Proposal.PostalCode, City = Proposal.City, Version = Proposal.Version,
        };
        Contact = ProposalInput.ContactOf(Proposal);
        if (!Proposal.IsValidated)
        {
            Duplicates = await HostDirectory.DuplicatesAsync(db, Proposal.EstablishmentId, null, Proposal.Name, Proposal.Siret);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        foreach (var (field, error) in Input.Validate(nameof(Input)).Concat(Contact.IsEmpty ? [] : Contact.Validate(nameof(Contact))))
        {
            ModelState.AddMessage(l, field, error);
        }

        if (Refused(Proposal.CheckValidatable()) || !ModelState.IsValid)
        {
            return Page();
        }

        Duplicates = await HostDirectory.CheckNewAsync(db, Proposal.EstablishmentId, Input, ConfirmDuplicate,
            l["Une structure porte déjà ce nom : reliez la proposition à elle, ou cochez « Il s'agit bien d'une autre structure »."], ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var host = HostDirectory.NewHost(Proposal.EstablishmentId, Input, Contact, clock.GetUtcNow().UtcDateTime);

        db.HostOrganisations.Add(host);
        audit.Record("partner.created", host.Id, host.Name);
        audit.Record("pfmp.proposal-validated", Proposal.LearnerId, $"{Proposal.Name} → {host.Name}");
        return await PointAtAsync(host.Id, l["Structure « {0} » ajoutée à l'annuaire ; les candidatures de {1} la désignent désormais.", host.Name, LearnerName]);
    }

    /// <summary>Links the proposal to a structure already in the directory instead of adding one.</summary>
    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid hostId)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        var host = await db.HostOrganisations.AsNoTracking().Where(h => h.Id == hostId && h.EstablishmentId == Proposal.EstablishmentId)
            .Select(h => new { h.Id, h.Name }).SingleOrDefaultAsync();
        if (host is null)
        {
            return NotFound();
        }

        if (Refused(Proposal.CheckValidatable()))
        {
            return Page();
        }

        audit.Record("pfmp.proposal-linked", Proposal.LearnerId, $"{Proposal.Name} → {host.Name}");
        return await PointAtAsync(host.Id, l["Proposition reliée à « {0} », déjà dans l'annuaire.", host.Name]);
    }

    private async Task<IActionResult> PointAtAsync(Guid hostId, string message)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Entry(Proposal).Property(p => p.Version).OriginalValue = Input.Version;
        if (Refused(Proposal.ValidateInto(hostId, access.UserId, clock.GetUtcNow().UtcDateTime)))
        {
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette proposition vient d'être validée ou modifiée par ailleurs : rien n'a été ajouté à l'annuaire. Rechargez la page."]);
            return Page();
        }

        // The learner's applications to the proposed structure now name the directory entry.
        var proposalId = Proposal.Id;
        var version = Guid.NewGuid();
        await db.PfmpApplications.Where(a => a.ProposalId == proposalId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.HostOrganisationId, hostId).SetProperty(a => a.Version, version));
        await transaction.CommitAsync();
        TempData["Message"] = message;
        return RedirectToPage("/Pfmp/Search/Learner", new { learnerId = Proposal.LearnerId });
    }

    private bool Refused(Message? error)
    {
        if (error is null)
        {
            return false;
        }

        ModelState.AddMessage(l, string.Empty, error);
        return true;
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked)
    {
        var query = access.ManagedProposals().Where(p => p.Id == id);
        var proposal = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        if (proposal is null)
        {
            return false;
        }

        Proposal = proposal;
        LearnerName = await db.Users.Where(u => u.Id == proposal.LearnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        return true;
    }
}
