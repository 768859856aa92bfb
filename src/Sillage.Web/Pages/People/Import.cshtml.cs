using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>
/// Learners from a SIECLE/Pronote CSV export, in two steps: the preview lists every line with its errors;
/// only a clean file can be confirmed, and the confirmation imports all lines or none. The file travels
/// back with the confirmation (base64) and is checked again, so nothing is kept on the server between steps.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class ImportModel(SillageDb db, CohortAccess access, PersonAccounts accounts, Invitations invitations,
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Fichier CSV")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Promotion")]
    public Guid? CohortId { get; set; }

    [BindProperty]
    [Display(Name = "Envoyer les invitations")]
    public bool SendInvitations { get; set; } = true;

    /// <summary>The checked file, carried from the preview to the confirmation.</summary>
    [BindProperty]
    public string? FileContent { get; set; }

    public LearnerCsv.Result? Preview { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(Guid? promotion)
    {
        await LoadCohortsAsync();
        CohortId = promotion;
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await LoadCohortsAsync();
        if (!CheckCohort())
        {
            return Page();
        }

        if (await CsvImportFile.ReadAsync(Upload, ModelState, nameof(Upload), l) is not { } bytes)
        {
            return Page();
        }

        Preview = await CheckAsync(bytes);
        FileContent = CsvImportFile.Carry(bytes, Preview.IsValid);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        await LoadCohortsAsync();
        if (!CheckCohort())
        {
            return Page();
        }

        if (CsvImportFile.Carried(FileContent, ModelState, l) is not { } bytes)
        {
            return Page();
        }

        Preview = await CheckAsync(bytes);
        if (!Preview.IsValid)
        {
            ModelState.AddModelError(string.Empty, l["Le fichier n'est plus valable (un compte a peut-être été créé entre-temps) : rien n'a été importé."]);
            FileContent = null;
            return Page();
        }

        var cohortId = CohortId!.Value;
        var establishmentId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.EstablishmentId).SingleAsync();
        var groups = await db.Groups.Where(g => g.CohortId == cohortId).ToDictionaryAsync(g => g.Name, StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var line in Preview.Lines)
        {
            var (user, errors) = await accounts.CreateAsync(new(line.FirstName, line.LastName, line.Email, line.BirthDate, Roles.Learner, establishmentId));
            if (user is null)
            {
                // The transaction is rolled back on dispose: nothing of the file is kept.
                ModelState.AddModelError(string.Empty, l["Ligne {0} : {1} Rien n'a été importé.", line.Number, string.Join(" ", errors)]);
                FileContent = null;
                return Page();
            }

            Group? group = null;
            if (line.ClassName is { } className && !groups.TryGetValue(className, out group))
            {
                group = new Group { CohortId = cohortId, Name = className };
                groups[className] = group;
                db.Groups.Add(group);
            }

            db.CohortMembers.Add(new CohortMember { CohortId = cohortId, PersonId = user.Id, Role = CohortRole.Learner, GroupId = group?.Id, JoinedAt = now });
            if (SendInvitations)
            {
                await invitations.InviteAsync(user);
            }
        }

        audit.Record("people.imported", details: $"{Preview.Lines.Count} apprenants, promotion {cohortId}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = l["{0} apprenant(s) importé(s).", Preview.Lines.Count].Value;
        return RedirectToPage("/Cohorts/Detail", new { id = cohortId });
    }

    /// <summary>The file's own errors plus the addresses that already have an account (on every line with a
    /// well-formed address, whatever its other errors: the preview reports all the problems of a line at once).</summary>
    private async Task<LearnerCsv.Result> CheckAsync(byte[] bytes)
    {
        var result = LearnerCsv.Parse(bytes, clock.Today);
        var normalized = result.Lines.Where(l => PersonRules.CheckEmail(l.Email) is null).Select(l => l.Email.ToUpperInvariant()).ToList();
        var taken = (await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (taken.Count == 0)
        {
            return result;
        }

        var lines = result.Lines.Select(line => taken.Contains(line.Email)
            ? line with { Errors = [.. line.Errors, new Message("L'adresse e-mail « {0} » appartient déjà à un compte.", line.Email)] }
            : line).ToList();
        return result with { Lines = lines };
    }

    private bool CheckCohort()
    {
        if (CohortId is null || !Cohorts.Any(c => c.Id == CohortId))
        {
            ModelState.AddModelError(nameof(CohortId), l["Choisissez la promotion qui accueille ces apprenants."]);
            return false;
        }

        return true;
    }

    private async Task LoadCohortsAsync() =>
        Cohorts = (await access.ManagedCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync())
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();
}
