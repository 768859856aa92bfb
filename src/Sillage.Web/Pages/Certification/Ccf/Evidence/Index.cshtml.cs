using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification.Ccf.Evidence;

/// <summary>
/// The evidence of a learner's épreuve (<c>?epreuve=E2</c>): the teachers of the cohort and its référents add
/// observation notes and files; the page lists them with what Sillage already holds (PFMP documents, the tutor's
/// appraisals, the PFMP weeks, the dossier snapshots).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, CcfGrading grading, CcfPlans plans, CcfFiles files, IFileStore store, TimeProvider clock,
    AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public Guid CohortId { get; private set; }
    public Guid LearnerId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public CcfExamDefinition Exam { get; private set; } = null!;
    public IReadOnlyList<CcfExamDefinition> Exams { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "epreuve")]
    public string? ExamCode { get; set; }

    [BindProperty]
    public EvidenceInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid learnerId) => await LoadAsync(learnerId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid learnerId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(learnerId))
        {
            return NotFound();
        }

        var hasFile = file is { Length: > 0 };
        foreach (var problem in CcfEvidence.Check(Input.Title, Input.Text, hasFile ? 1 : 0))
        {
            ModelState.AddMessage(l, "Input.Title", problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var evidence = new CcfEvidence
        {
            CohortId = CohortId, LearnerId = learnerId, ExamCode = Exam.Code, Title = Input.Title!.Trim(),
            Text = string.IsNullOrWhiteSpace(Input.Text) ? null : Input.Text.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = grading.UserId,
        };
        if (hasFile)
        {
            var (_, error) = await files.AddAsync(file, CcfFileKind.Evidence, grading.UserId, f => f.EvidenceId = evidence.Id);
            if (error is not null)
            {
                ModelState.AddMessage(l, "file", error);
                return Page();
            }
        }

        db.CcfEvidence.Add(evidence);
        audit.Record("ccf.evidence-added", evidence.Id, $"{Exam.Code} — {LearnerName} : {evidence.Title}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Élément de preuve ajouté."].Value;
        return RedirectToPage(new { learnerId, epreuve = Exam.Code });
    }

    public async Task<IActionResult> OnGetFileAsync(Guid learnerId, Guid fileId, CancellationToken cancellationToken)
    {
        var visible = await grading.LearnerCohortIdsAsync(learnerId);
        var file = await db.CcfFiles.AsNoTracking().Where(f => f.Id == fileId && f.Kind == CcfFileKind.Evidence)
            .Where(f => db.CcfEvidence.Any(e => e.Id == f.EvidenceId && e.LearnerId == learnerId && visible.Contains(e.CohortId)))
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || await store.OpenReadAsync(file.FileKey, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        return CertificationFiles.Serve(Response, content, file.FileName, file.ContentType);
    }

    private async Task<bool> LoadAsync(Guid learnerId)
    {
        if (await grading.LearnerCohortAsync(learnerId, null) is not { } cohortId)
        {
            return false;
        }

        var plan = await plans.ForCohortAsync(cohortId);
        Exams = plan.Exams;
        var exam = plan.Exam(ExamCode ?? "") ?? plan.Exams.FirstOrDefault(e => e.NeedsPfmpComplete) ?? plan.Exams.FirstOrDefault();
        if (exam is null)
        {
            return false;
        }

        (CohortId, LearnerId, Exam, ExamCode) = (cohortId, learnerId, exam, exam.Code);
        LearnerName = await grading.NameAsync(learnerId);
        return true;
    }

    public sealed class EvidenceInput
    {
        public string? Title { get; set; }
        public string? Text { get; set; }
    }
}
