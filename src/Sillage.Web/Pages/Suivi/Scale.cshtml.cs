using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Suivi;

/// <summary>A framework's positioning scale: labels, abbreviations, colours (checked for WCAG contrast), which levels
/// count as acquired, and the number of levels. A level used by a positionnement cannot be removed. A framework is
/// installed for the whole platform and its scale serves every establishment whose cohorts use it: référents read it,
/// only the platform administrator (who installs frameworks) changes it.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class ScaleModel(SillageDb db, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public const int MaxLevels = 6;

    [BindProperty]
    public List<LevelInput> Levels { get; set; } = [];

    public string FrameworkTitle { get; private set; } = "";
    public Guid FrameworkId { get; private set; }
    public int HighestUsedRank { get; private set; }

    /// <summary>Whether this user may change the scale (else the page is read-only and a POST answers 403).</summary>
    public bool CanEdit => User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Levels = (await CohortSuivi.LoadScaleAsync(db, id)).Select(s => new LevelInput
        {
            Label = s.Label, Abbreviation = s.Abbreviation, Color = s.Color, TextColor = s.TextColor, CountsAsAcquired = s.CountsAsAcquired,
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (change == "add" && Levels.Count <= MaxLevels)
        {
            Levels.Add(new LevelInput { Label = "", Abbreviation = "", Color = "#cfe2ff", TextColor = "#052c65" });
            ModelState.Clear();
            return Page();
        }

        if (change == "remove")
        {
            ModelState.Clear();
            if (Levels.Count - 1 <= HighestUsedRank)
            {
                ModelState.AddModelError(string.Empty, l["Le dernier niveau est utilisé par des positionnements : il ne peut pas être supprimé."]);
            }
            else if (Levels.Count <= 3)
            {
                ModelState.AddModelError(string.Empty, l["Une échelle garde au moins deux niveaux évalués."]);
            }
            else
            {
                Levels.RemoveAt(Levels.Count - 1);
            }

            return Page();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.PositioningLevels.Where(p => p.FrameworkId == id).ExecuteDeleteAsync();
        db.PositioningLevels.AddRange(Levels.Select((level, rank) => new PositioningLevel
        {
            FrameworkId = id,
            Rank = rank,
            Label = level.Label!.Trim(),
            Abbreviation = level.Abbreviation!.Trim(),
            Color = level.Color!.ToLowerInvariant(),
            TextColor = level.TextColor!.ToLowerInvariant(),
            CountsAsAcquired = rank > 0 && level.CountsAsAcquired,
        }));
        audit.Record("scale.changed", details: FrameworkTitle);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = l["Échelle enregistrée."].Value;
        return RedirectToPage(new { id });
    }

    private void Validate()
    {
        if (Levels.Count < 3 || Levels.Count > MaxLevels + 1)
        {
            ModelState.AddModelError(string.Empty, l["L'échelle compte de 2 à {0} niveaux évalués.", MaxLevels]);
            return;
        }

        if (Levels.Count - 1 < HighestUsedRank)
        {
            ModelState.AddModelError(string.Empty, l["Des positionnements utilisent le niveau {0} : gardez au moins {0} niveaux évalués.", HighestUsedRank]);
        }

        for (var i = 0; i < Levels.Count; i++)
        {
            var level = Levels[i];
            if (string.IsNullOrWhiteSpace(level.Label) || level.Label.Length > 100)
            {
                ModelState.AddModelError($"Levels[{i}].Label", l["Niveau {0} : un intitulé de 1 à 100 caractères.", i]);
            }

            if (string.IsNullOrWhiteSpace(level.Abbreviation) || level.Abbreviation.Trim().Length > 4)
            {
                ModelState.AddModelError($"Levels[{i}].Abbreviation", l["Niveau {0} : une abréviation de 1 à 4 caractères.", i]);
            }

            if (!Contrast.IsColor(level.Color) || !Contrast.IsColor(level.TextColor))
            {
                ModelState.AddModelError($"Levels[{i}].Color", l["Niveau {0} : couleurs au format #rrvvbb.", i]);
            }
            else if (Contrast.Ratio(level.TextColor!, level.Color!) < Contrast.MinimumForText)
            {
                ModelState.AddModelError($"Levels[{i}].Color", l["Niveau {0} : contraste insuffisant entre le texte et le fond ({1:0.0}:1, il faut au moins 4,5:1).", i, Contrast.Ratio(level.TextColor!, level.Color!)]);
            }
        }

        var labels = Levels.Select(x => x.Label?.Trim()).ToList();
        if (labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != labels.Count)
        {
            ModelState.AddModelError(string.Empty, l["Deux niveaux ont le même intitulé."]);
        }

        if (!Levels.Skip(1).Any(x => x.CountsAsAcquired))
        {
            ModelState.AddModelError(string.Empty, l["Indiquez à partir de quel niveau une compétence est acquise."]);
        }
    }

    private async Task<bool> LoadAsync(Guid frameworkId)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == frameworkId).Select(f => new { f.Title, f.Version }).SingleOrDefaultAsync();
        if (framework is null)
        {
            return false;
        }

        FrameworkId = frameworkId;
        FrameworkTitle = $"{framework.Title} ({framework.Version})";
        var cohorts = db.Cohorts.Where(c => c.FrameworkId == frameworkId).Select(c => c.Id);
        HighestUsedRank = await db.Assessments.Where(a => cohorts.Contains(a.CohortId)).MaxAsync(a => (int?)a.Level) ?? 0;
        return true;
    }

    public sealed class LevelInput
    {
        [Display(Name = "Intitulé")]
        public string? Label { get; set; }

        [Display(Name = "Abréviation")]
        public string? Abbreviation { get; set; }

        [Display(Name = "Couleur de fond")]
        public string? Color { get; set; }

        [Display(Name = "Couleur du texte")]
        public string? TextColor { get; set; }

        [Display(Name = "Compte comme acquis")]
        public bool CountsAsAcquired { get; set; }
    }
}
