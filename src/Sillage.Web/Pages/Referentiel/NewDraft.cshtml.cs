using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>Starts a new version of a référentiel the establishment sees, as a draft of its référents.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class NewDraftModel(SillageDb db, CohortAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "depuis")]
    public Guid? SourceId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var source = SourceId is { } id ? await access.VisibleFrameworks().AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) : null;
        if (source is null)
        {
            ModelState.AddModelError(nameof(SourceId), l["Choisissez le référentiel dont le brouillon part."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var taken = (await db.Frameworks.Where(f => f.Code == source.Code).Select(f => f.Version).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var establishment = access.IsAdmin ? null : await access.EstablishmentAsync();
        if (!access.IsAdmin && establishment is null)
        {
            // A référent whose account has no establishment manages nothing (CohortAccess): a draft would be nobody's.
            return NotFound();
        }

        var draft = FrameworkDraft.StartFrom(source, taken, establishment, User.UserId(), clock.GetUtcNow().UtcDateTime);
        db.FrameworkDrafts.Add(draft);
        audit.Record("framework.draft-started", details: $"{source.Code} {source.Version}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Brouillon créé à partir de la version {0} : modifiez-le, puis publiez-le quand il est valide.", source.Version].Value;
        return RedirectToPage("/Referentiel/Edit", new { id = draft.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Sources = (await access.VisibleFrameworks().AsNoTracking().OrderBy(f => f.Code).ThenByDescending(f => f.ImportedAt)
                .Select(f => new { f.Id, Name = f.Title + " — " + f.Version }).ToListAsync(cancellationToken))
            .Select(f => (f.Id, f.Name)).ToList();
}
