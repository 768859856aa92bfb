using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Certification.Ccf.Grids;

/// <summary>
/// A candidate's evaluation grid in a CCF situation: created from the framework on the first open by an evaluator,
/// filled and signed by the sitting's evaluators only (the cohort's référents and teachers read it). A stale form
/// (another evaluator saved meanwhile) changes nothing; a change drops the signatures already given; the last
/// signature freezes the grid; a frozen grid is corrected by a new version with a reason.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GridModel(SillageDb db, CcfGrading grading, SchoolClock clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public const string ModifiedMeanwhile = "La grille a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version. Vos saisies n'ont pas été enregistrées.";

    public CcfGrading.CandidateContext Context { get; private set; } = null!;
    public IReadOnlyList<FrameworkElement> Elements { get; private set; } = [];
    public IReadOnlyList<PositioningLevel> Scale { get; private set; } = [];

    /// <summary>Every version of the grid, the latest first.</summary>
    public IReadOnlyList<CcfGrid> Versions { get; private set; } = [];
    public CcfGrid? Current => Versions.Count > 0 ? Versions[0] : null;
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public Guid Me => grading.UserId;

    [BindProperty]
    public GridInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid candidateId)
    {
        if (!await LoadAsync(candidateId))
        {
            return NotFound();
        }

        if (Current is null && Context.IsEvaluator && Elements.Count > 0)
        {
            var grid = CcfGrid.Create(candidateId, Elements.Select(e => e.Id), grading.UserId, clock.GetUtcNow().UtcDateTime);
            db.CcfGrids.Add(grid);
            audit.Record("ccf.grid-created", grid.Id, $"{Context.Situation.Code} — {Context.LearnerName}");
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another evaluator opened it at the same moment: theirs is the grid.
                db.ChangeTracker.Clear();
            }

            await LoadAsync(candidateId);
        }

        if (Current is { } current)
        {
            Input = GridInput.From(current);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid candidateId)
    {
        var (grid, refusal) = await EditableAsync(candidateId);
        if (grid is null)
        {
            return refusal!;
        }

        var hadSignatures = grid.Signatures.Count;
        decimal? mark = null;
        if (!string.IsNullOrWhiteSpace(Input.Mark))
        {
            var (parsed, problem) = CcfMarks.Parse(Input.Mark);
            if (problem is not null)
            {
                ModelState.AddMessage(l, "Input.Mark", problem);
            }

            mark = parsed;
        }

        if (mark is not null && !Context.MayBeMarked)
        {
            ModelState.AddModelError("Input.Mark", l["La personne n'était pas présente à cette situation : elle ne peut pas recevoir de note. Indiquez sa présence (ou son absence) sur la séance."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var lines = Input.Lines.GroupBy(x => x.ElementId).ToDictionary(g => g.Key, g => (g.First().Level, g.First().Comment));
        var problems = grid.Fill(lines, mark, Input.Comment, Scale.Select(s => s.Rank).ToHashSet(), grading.UserId, clock.GetUtcNow().UtcDateTime);
        if (problems.Count > 0)
        {
            problems.ToList().ForEach(p => ModelState.AddMessage(l, string.Empty, p));
            return Page();
        }

        audit.Record("ccf.grid-saved", grid.Id, $"{Context.Situation.Code} — {Context.LearnerName} (v{grid.Number})");
        if (!await db.SaveOrSayAsync(ModelState, l[ModifiedMeanwhile]))
        {
            return Page();
        }

        TempData["Message"] = hadSignatures > 0
            ? l["Grille enregistrée. Les {0} signature(s) déjà données ont été retirées : la grille a changé, chaque évaluateur doit signer à nouveau.", hadSignatures].Value
            : l["Grille enregistrée."].Value;
        return RedirectToPage(new { candidateId });
    }

    public async Task<IActionResult> OnPostSignAsync(Guid candidateId)
    {
        var (grid, refusal) = await EditableAsync(candidateId);
        if (grid is null)
        {
            return refusal!;
        }

        if (!Context.MayBeMarked)
        {
            ModelState.AddModelError(string.Empty, l["La personne n'était pas présente à cette situation : la grille ne peut pas être signée avec une note."]);
            return Page();
        }

        var problems = grid.Sign(grading.UserId, Context.Evaluators, clock.GetUtcNow().UtcDateTime);
        if (problems.Count > 0)
        {
            problems.ToList().ForEach(p => ModelState.AddMessage(l, string.Empty, p));
            return Page();
        }

        // A signature added to a tracked grid has its key set already: EF must be told it is new.
        db.CcfGridSignatures.Add(grid.Signatures[^1]);
        audit.Record(grid.IsFrozen ? "ccf.grid-frozen" : "ccf.grid-signed", grid.Id, $"{Context.Situation.Code} — {Context.LearnerName} (v{grid.Number})");
        if (!await db.SaveOrSayAsync(ModelState, l[ModifiedMeanwhile]))
        {
            return Page();
        }

        TempData["Message"] = grid.IsFrozen
            ? l["Grille signée par tous les évaluateurs : elle est figée."].Value
            : l["Signature enregistrée. La grille attend la signature des autres évaluateurs."].Value;
        return RedirectToPage(new { candidateId });
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid candidateId)
    {
        var (grid, refusal) = await EditableAsync(candidateId);
        if (grid is null)
        {
            return refusal!;
        }

        var (correction, problem) = grid.Correct(Reason, grading.UserId, clock.GetUtcNow().UtcDateTime);
        if (correction is null)
        {
            ModelState.AddMessage(l, nameof(Reason), problem!);
            return Page();
        }

        db.CcfGrids.Add(correction);
        audit.Record("ccf.grid-corrected", correction.Id, $"{Context.Situation.Code} — {Context.LearnerName} (v{correction.Number}) : {correction.CorrectionReason}");
        if (!await db.SaveOrSayAsync(ModelState, l[ModifiedMeanwhile]))
        {
            return Page();
        }

        TempData["Message"] = l["Nouvelle version de la grille créée : corrigez-la puis signez-la à nouveau."].Value;
        return RedirectToPage(new { candidateId });
    }

    /// <summary>The current grid, tracked, for an evaluator whose form is not stale; otherwise the answer to give
    /// (404 outside the cohort, 403 for a reader, the page with the message otherwise).</summary>
    private async Task<(CcfGrid? Grid, IActionResult? Refusal)> EditableAsync(Guid candidateId)
    {
        if (!await LoadAsync(candidateId))
        {
            return (null, NotFound());
        }

        if (!Context.IsEvaluator)
        {
            return (null, StatusCode(StatusCodes.Status403Forbidden));
        }

        if (Current is null || Current.Version != Input.Version)
        {
            ModelState.AddModelError(string.Empty, l[ModifiedMeanwhile]);
            return (null, Page());
        }

        var grid = await db.CcfGrids.Include(g => g.Lines).Include(g => g.Signatures).SingleAsync(g => g.Id == Current.Id);
        db.Entry(grid).Property(g => g.Version).OriginalValue = Input.Version;
        return (grid, null);
    }

    private async Task<bool> LoadAsync(Guid candidateId)
    {
        if (await grading.CandidateAsync(candidateId) is not { } context)
        {
            return false;
        }

        Context = context;
        Elements = await grading.GridElementsAsync(context.Sitting.CohortId, context.Exam);
        var frameworkId = await db.Cohorts.Where(c => c.Id == context.Sitting.CohortId).Select(c => c.FrameworkId).SingleAsync();
        Scale = await CohortSuivi.LoadScaleAsync(db, frameworkId);
        Versions = await db.CcfGrids.AsNoTracking().Include(g => g.Lines).Include(g => g.Signatures)
            .Where(g => g.EvaluationId == candidateId).OrderByDescending(g => g.Number).ToListAsync();
        var people = context.Evaluators.Concat(Versions.Where(v => v.UpdatedById is not null).Select(v => v.UpdatedById!.Value)).Distinct().ToList();
        Names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        return true;
    }

    public sealed class GridInput
    {
        public int Version { get; set; }
        public List<LineInput> Lines { get; set; } = [];
        public string? Mark { get; set; }
        public string? Comment { get; set; }

        public static GridInput From(CcfGrid grid) => new()
        {
            Version = grid.Version,
            Mark = grid.Mark?.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")),
            Comment = grid.Comment,
            Lines = grid.Lines.OrderBy(x => x.SortOrder).Select(x => new LineInput { ElementId = x.ElementId, Level = x.Level, Comment = x.Comment }).ToList(),
        };
    }

    public sealed class LineInput
    {
        public Guid ElementId { get; set; }
        public int? Level { get; set; }
        public string? Comment { get; set; }
    }
}
