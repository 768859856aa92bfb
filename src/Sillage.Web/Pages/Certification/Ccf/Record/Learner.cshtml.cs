using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification.Ccf.Record;

/// <summary>
/// A candidate's record for the jury: per épreuve its situations' marks (latest frozen grids), the mark the rule
/// gives and the one the evaluators set (they confirm the rule's mark or set another with a comment), then the
/// weighted average, what it gives against the pass mark (a setting), and the jury's decision: the référent confirms
/// or amends it with a reason. Staff of the cohort read it; the learner reads their own once the jury decided.
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class LearnerModel(SillageDb db, CcfGrading grading, CcfRecordPdf pdf, TimeProvider clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public const string ModifiedMeanwhile = "Le dossier a été modifié par quelqu'un d'autre entre-temps : rechargez la page pour voir sa version actuelle. Vos saisies n'ont pas été enregistrées.";

    public CcfGrading.LearnerRecord Record { get; private set; } = null!;
    public bool IsReferent { get; private set; }
    public bool IsLearner { get; private set; }

    [BindProperty]
    public MarkInput Mark { get; set; } = new();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid learnerId)
    {
        if (!await LoadAsync(learnerId))
        {
            return NotFound();
        }

        Decision = new DecisionInput
        {
            Outcome = Record.Decision?.Outcome ?? (Record.Result.Outcome is CcfOutcome.Passed or CcfOutcome.NotPassed ? Record.Result.Outcome : CcfOutcome.NotPassed),
            Average = CcfMarkText.Input(Record.Decision?.Average ?? Record.Result.Average),
            Reason = Record.Decision?.Reason,
            Version = Record.Decision?.Version ?? 0,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid learnerId)
    {
        if (!await LoadAsync(learnerId))
        {
            return NotFound();
        }

        var bytes = await pdf.RenderAsync(Record);
        return CertificationFiles.Serve(Response, new MemoryStream(bytes), $"ccf-{Record.Name.Replace(' ', '-')}.pdf", "application/pdf");
    }

    /// <summary>An evaluator of the épreuve confirms the rule's mark or sets another with a comment.</summary>
    public async Task<IActionResult> OnPostMarkAsync(Guid learnerId)
    {
        if (!await LoadAsync(learnerId) || IsLearner)
        {
            return NotFound();
        }

        var exam = Record.Exams.FirstOrDefault(e => e.Exam.Code == Mark.ExamCode);
        if (exam is null || !exam.UserIsEvaluator)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (mark, problem) = CcfMarks.Parse(Mark.Value);
        if (problem is not null)
        {
            ModelState.AddMessage(l, "Mark.Value", problem);
        }
        else if (exam.Situations.Any(s => s.Grid is null))
        {
            ModelState.AddModelError("Mark.Value", l["Chaque situation de l'épreuve {0} doit avoir une grille signée par tous ses évaluateurs avant que la note de l'épreuve soit proposée.", exam.Exam.Code]);
        }
        else if (CcfExamResult.Check(mark!.Value, exam.RuleMark, Mark.Comment) is { } check)
        {
            ModelState.AddMessage(l, "Mark.Comment", check);
        }

        if ((exam.Result?.Version ?? 0) != Mark.Version)
        {
            ModelState.AddModelError(string.Empty, l[ModifiedMeanwhile]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await db.CcfExamResults.SingleOrDefaultAsync(r => r.CohortId == Record.CohortId && r.LearnerId == learnerId && r.ExamCode == exam.Exam.Code);
        if (result is null)
        {
            result = new CcfExamResult { CohortId = Record.CohortId, LearnerId = learnerId, ExamCode = exam.Exam.Code };
            db.CcfExamResults.Add(result);
        }
        else
        {
            db.Entry(result).Property(r => r.Version).OriginalValue = Mark.Version;
            result.Version++;
        }

        (result.Mark, result.RuleMark, result.Comment, result.SetAt, result.SetById) =
            (mark!.Value, exam.RuleMark, string.IsNullOrWhiteSpace(Mark.Comment) ? null : Mark.Comment.Trim(), clock.GetUtcNow().UtcDateTime, grading.UserId);
        audit.Record("ccf.exam-mark-set", result.Id, $"{exam.Exam.Code} — {Record.Name} : {CcfMarkText.Mark(result.Mark)}/20");
        if (!await db.SaveOrSayAsync(ModelState, l[ModifiedMeanwhile]))
        {
            return Page();
        }

        TempData["Message"] = l["Note de l'épreuve {0} enregistrée.", exam.Exam.Code].Value;
        return RedirectToPage(new { learnerId, cohorte = Record.CohortId });
    }

    /// <summary>The référent, for the jury, confirms what the marks give or amends it with a reason.</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid learnerId)
    {
        if (!await LoadAsync(learnerId) || IsLearner)
        {
            return NotFound();
        }

        if (!IsReferent)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        decimal? average = Record.Result.Average;
        if (!string.IsNullOrWhiteSpace(Decision.Average))
        {
            var (parsed, problem) = CcfMarks.Parse(Decision.Average);
            if (problem is not null)
            {
                ModelState.AddMessage(l, "Decision.Average", problem);
            }

            average = parsed;
        }

        if (ModelState.IsValid)
        {
            foreach (var problem in CcfJuryDecision.Check(Record.Result, Decision.Outcome, average, Decision.Reason))
            {
                ModelState.AddMessage(l, "Decision.Reason", problem);
            }
        }

        if ((Record.Decision?.Version ?? 0) != Decision.Version)
        {
            ModelState.AddModelError(string.Empty, l[ModifiedMeanwhile]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var decision = await db.CcfJuryDecisions.SingleOrDefaultAsync(d => d.CohortId == Record.CohortId && d.LearnerId == learnerId);
        if (decision is null)
        {
            decision = new CcfJuryDecision { CohortId = Record.CohortId, LearnerId = learnerId, MarksJson = Record.MarksJson };
            db.CcfJuryDecisions.Add(decision);
        }
        else
        {
            db.Entry(decision).Property(d => d.Version).OriginalValue = Decision.Version;
            decision.Version++;
        }

        (decision.ProposedAverage, decision.ProposedOutcome, decision.Outcome, decision.Average, decision.MarksJson) =
            (Record.Result.Average, Record.Result.Outcome, Decision.Outcome, average, Record.MarksJson);
        decision.Reason = string.IsNullOrWhiteSpace(Decision.Reason) ? null : Decision.Reason.Trim();
        (decision.DecidedAt, decision.DecidedById) = (clock.GetUtcNow().UtcDateTime, grading.UserId);
        audit.Record(decision.Amended ? "ccf.jury-amended" : "ccf.jury-confirmed", decision.Id,
            $"{Record.Name} : {decision.Outcome} ({CcfMarkText.Mark(decision.Average)}/20){(decision.Reason is null ? "" : " — " + decision.Reason)}");
        if (!await db.SaveOrSayAsync(ModelState, l[ModifiedMeanwhile]))
        {
            return Page();
        }

        TempData["Message"] = l["Décision du jury enregistrée."].Value;
        return RedirectToPage(new { learnerId, cohorte = Record.CohortId });
    }

    /// <summary>The learner's record in the cohort <c>?cohorte=</c> names when the user sees the learner there, else in
    /// the learner's current cohort (read from the query, not bound: a cohort the user does not see is ignored).</summary>
    private async Task<bool> LoadAsync(Guid learnerId)
    {
        var preferred = Guid.TryParse(Request.Query["cohorte"], out var c) ? c : (Guid?)null;
        if (await grading.LearnerCohortAsync(learnerId, preferred, learnerToo: true) is not { } cohortId)
        {
            return false;
        }

        Record = await grading.RecordAsync(cohortId, learnerId);
        IsLearner = !User.IsStaff();
        if (IsLearner && Record.Decision is null)
        {
            // The learner reads their record once the jury decided, not before.
            return false;
        }

        IsReferent = !IsLearner && await grading.ManagesAsync(cohortId);
        return true;
    }

    public sealed class MarkInput
    {
        public string? ExamCode { get; set; }
        public string? Value { get; set; }
        public string? Comment { get; set; }
        public int Version { get; set; }
    }

    public sealed class DecisionInput
    {
        public CcfOutcome Outcome { get; set; }
        public string? Average { get; set; }
        public string? Reason { get; set; }
        public int Version { get; set; }
    }
}
