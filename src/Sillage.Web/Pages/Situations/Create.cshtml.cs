using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Situations;

/// <summary>A new situation of the teacher's establishment: its general part first, then its missions.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(SillageDb db, SituationAccess access, CohortAccess cohorts, SituationFiles files, TimeProvider clock,
    IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public SituationOptions Options { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.FrameworkId = await cohorts.VisibleCohorts().OrderByDescending(c => c.SchoolYear).Select(c => (Guid?)c.FrameworkId).FirstOrDefaultAsync(cancellationToken)
                            ?? Frameworks.FirstOrDefault().Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Validate(ModelState, l, Options, nameof(Input));
        if (Frameworks.All(f => f.Id != Input.FrameworkId))
        {
            ModelState.AddModelError("Input.FrameworkId", l["Choisissez le référentiel dont la situation travaille les compétences."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var situation = new Situation
        {
            Title = "", EstablishmentId = await access.HomeAsync(), FrameworkId = Input.FrameworkId!.Value,
            CreatedAt = now, CreatedById = User.UserId(), UpdatedAt = now, UpdatedById = User.UserId(),
        };
        Input.ApplyTo(situation);
        db.Situations.Add(situation);
        await files.RecordVersionAsync(situation, new Message("Création"), User.UserId(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Situation créée : ajoutez-lui ses missions."].Value;
        return RedirectToPage("/Situations/Detail", new { id = situation.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Options = await SituationOptions.LoadAsync(db, await access.HomeAsync(), cancellationToken);
        Frameworks = (await cohorts.VisibleFrameworks().AsNoTracking().OrderBy(f => f.Title).ThenByDescending(f => f.ImportedAt)
            .Select(f => new { f.Id, Name = (f.ShortTitle ?? f.Title) + " (" + f.Version + ")" }).ToListAsync(cancellationToken))
            .Select(f => (f.Id, f.Name)).ToList();
    }
}
