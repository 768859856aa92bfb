using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>
/// A candidate's frozen dossier for the jury, during the session only (403 outside the window, 404 outside its
/// sessions), masked when the session says so, and the jury member's evaluation grid: per compétence of the bloc a
/// level and a comment, an overall comment, a proposed decision.
/// </summary>
[Authorize(Policy = Policies.Jury)]
public sealed class CandidateModel(SillageDb db, JuryAccess jury, SchoolClock clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public JuryAccess.CandidateFile Candidate { get; private set; } = null!;
    public SnapshotDocument? Document { get; private set; }
    public SnapshotBody? Body { get; private set; }
    public string CandidateLabel { get; private set; } = "";
    public IReadOnlyList<CoverageElement> Elements { get; private set; } = [];
    public IReadOnlyList<PositioningLevel> Scale { get; private set; } = [];

    /// <summary>For E2 only: the candidate's PFMP against the twelve weeks (no favourable decision before).</summary>
    public PfmpCounting.Tally? Pfmp { get; private set; }

    /// <summary>The épreuve of the session's bloc (E1, E2…), when the framework names it.</summary>
    private string? Exam { get; set; }

    [BindProperty]
    public GridInput Grid { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await LoadAsync(id);
        if (result is not null)
        {
            return result;
        }

        var evaluation = await db.JuryEvaluations.AsNoTracking().Include(e => e.Lines)
            .SingleOrDefaultAsync(e => e.CandidateId == id && e.JurorId == Candidate.JurorId);
        Grid = new GridInput
        {
            OverallComment = evaluation?.OverallComment,
            Decision = evaluation?.Decision ?? JuryDecision.None,
            Version = evaluation?.Version ?? 0,
            Lines = Elements.Select(e => evaluation?.Lines.FirstOrDefault(x => x.ElementId == e.Id) is { } line
                ? new LineInput { ElementId = e.Id, Level = line.Level, Comment = line.Comment }
                : new LineInput { ElementId = e.Id }).ToList(),
        };
        await audit.RecordReadAsync("certification.jury-read", Candidate.Candidate.Id, Candidate.Candidate.Number);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var result = await LoadAsync(id);
        if (result is not null)
        {
            return result;
        }

        if (Grid.Lines.Count != Elements.Count || Grid.Lines.Select(x => x.ElementId).Except(Elements.Select(e => e.Id)).Any())
        {
            ModelState.AddModelError(string.Empty, l["La grille ne correspond pas aux compétences du bloc : rechargez la page."]);
        }

        for (var i = 0; i < Grid.Lines.Count; i++)
        {
            var line = Grid.Lines[i];
            if (line.Level is { } level && Scale.All(s => s.Rank != level))
            {
                ModelState.AddModelError($"Grid.Lines[{i}].Level", l["Ligne {0} : choisissez un niveau de l'échelle.", i + 1]);
            }

            if (line.Comment?.Length > JuryEvaluation.CommentMaxLength)
            {
                ModelState.AddModelError($"Grid.Lines[{i}].Comment", l["Ligne {0} : 4 000 caractères au plus.", i + 1]);
            }
        }

        if (Grid.OverallComment?.Length > JuryEvaluation.CommentMaxLength)
        {
            ModelState.AddModelError("Grid.OverallComment", l["L'appréciation générale fait 4 000 caractères au plus."]);
        }

        if (!Enum.IsDefined(Grid.Decision))
        {
            ModelState.AddModelError("Grid.Decision", l["Choisissez une proposition de décision."]);
        }

        if (Pfmp is { } pfmp && !ExamConditions.MayPropose(Grid.Decision, Exam, pfmp.IsComplete))
        {
            ModelState.AddModelError("Grid.Decision", l["L'épreuve E2 ne peut être obtenue qu'une fois les 12 semaines de PFMP effectuées : ce candidat en a effectué {0} jours sur {1}. Proposez « à compléter » ou attendez la fin de ses PFMP.", pfmp.DoneDays, pfmp.RequiredDays]);
        }

        var evaluation = await db.JuryEvaluations.Include(e => e.Lines).SingleOrDefaultAsync(e => e.CandidateId == id && e.JurorId == Candidate.JurorId);
        if ((evaluation?.Version ?? 0) != Grid.Version)
        {
            ModelState.AddModelError(string.Empty, l["Vous avez enregistré cette grille entre-temps (dans un autre onglet ?) : rechargez la page avant de recommencer."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (evaluation is null)
        {
            evaluation = new JuryEvaluation { CandidateId = id, JurorId = Candidate.JurorId };
            db.JuryEvaluations.Add(evaluation);
        }
        else
        {
            evaluation.Version++;
            db.JuryEvaluationLines.RemoveRange(evaluation.Lines);
            evaluation.Lines.Clear();
        }

        evaluation.OverallComment = string.IsNullOrWhiteSpace(Grid.OverallComment) ? null : Grid.OverallComment.Trim();
        evaluation.Decision = Grid.Decision;
        evaluation.UpdatedAt = now;
        foreach (var line in Grid.Lines)
        {
            // Added through the set: the line's key is already set, and a line added to a tracked grid would be taken
            // for an update of an existing row.
            var row = new JuryEvaluationLine { EvaluationId = evaluation.Id, ElementId = line.ElementId, Level = line.Level, Comment = string.IsNullOrWhiteSpace(line.Comment) ? null : line.Comment.Trim() };
            evaluation.Lines.Add(row);
            db.JuryEvaluationLines.Add(row);
        }

        audit.Record("certification.jury-evaluated", Candidate.Candidate.Id, Candidate.Candidate.Number);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, l["Vous avez enregistré cette grille entre-temps (dans un autre onglet ?) : rechargez la page avant de recommencer."]);
            return Page();
        }

        TempData["Message"] = l["Grille enregistrée."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Null when the page may be shown; otherwise the answer (404, or 403 outside the window).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var file = await jury.CandidateAsync(id);
        if (file is null)
        {
            return NotFound();
        }

        Candidate = file;
        CandidateLabel = l["Candidat n° {0}", file.Candidate.Number];
        if (!file.IsOpen)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Elements = await DossierView.BlockElementsAsync(db, file.Session.BlockId);
        var frameworkId = await db.Cohorts.Where(c => c.Id == file.Session.CohortId).Select(c => c.FrameworkId).SingleAsync();
        Scale = await CohortSuivi.LoadScaleAsync(db, frameworkId);
        Exam = await db.FrameworkElements.Where(e => e.Id == file.Session.BlockId).Select(e => e.Exam).SingleAsync();
        if (ExamConditions.WaitsForPfmp(Exam))
        {
            Pfmp = await LearnerPfmp.TallyAsync(db, file.Candidate.LearnerId, clock.Today);
        }

        if (file.Snapshot is { } snapshot)
        {
            var document = SnapshotJson.Deserialize(snapshot.Json);
            Document = file.Masked ? SnapshotMasking.Mask(document, file.Candidate.Number) : document;
            if (!file.Masked)
            {
                CandidateLabel += $" — {document.Learner.FirstName} {document.Learner.LastName}";
            }

            Body = new SnapshotBody(Document, f => Url.Page("/Certification/Jury/Download", new { id, what = "fichier-" + f.Number }));
        }

        return null;
    }

    public sealed class GridInput
    {
        public List<LineInput> Lines { get; set; } = [];
        public string? OverallComment { get; set; }
        public JuryDecision Decision { get; set; }
        public int Version { get; set; }
    }

    public sealed class LineInput
    {
        public Guid ElementId { get; set; }
        public int? Level { get; set; }
        public string? Comment { get; set; }
    }
}
