using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The learner's own PFMP: the count against the twelve weeks, each period with its convention (to sign
/// or refuse), attendance, the tutor's appraisal and the documents of the dossier.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MineModel(SillageDb db, PfmpAccess access, ConventionWorkflow workflow, PfmpDocuments documents, IFileStore files,
    SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];
    public PfmpCounting.Tally Tally { get; private set; } = null!;
    public PlacementStrategy Strategy { get; private set; }

    /// <summary>The applications of the learner's search (<see cref="Search.MineModel"/>).</summary>
    public int Applications { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetPrintAsync(Guid periodId) =>
        await access.OwnPeriods().AnyAsync(p => p.Id == periodId) ? await PeriodFiles.PrintConventionAsync(documents, periodId) : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(Guid periodId, Guid documentId) =>
        await access.OwnPeriods().AnyAsync(p => p.Id == periodId) ? await PeriodFiles.DownloadAsync(db, files, periodId, documentId) : NotFound();

    public async Task<IActionResult> OnPostSignAsync(Guid periodId, Guid version, bool read)
    {
        if (!await access.OwnPeriods().AnyAsync(p => p.Id == periodId))
        {
            return NotFound();
        }

        var error = !read
            ? new Message("Cochez « J'ai lu la convention » pour la signer.")
            : await workflow.ApplyAsync(periodId, version, (c, at) => c.Sign(ConventionParty.Learner, Actor(), at), auditAction: "pfmp.convention-signed");
        return await DoneAsync(error, l["Votre signature est enregistrée."]);
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid periodId, Guid version, string? comment)
    {
        if (!await access.OwnPeriods().AnyAsync(p => p.Id == periodId))
        {
            return NotFound();
        }

        var error = await workflow.ApplyAsync(periodId, version, (c, at) => c.Refuse(Actor(), at, comment, ConventionParty.Learner), auditAction: "pfmp.convention-refused");
        return await DoneAsync(error, l["Votre refus et son motif sont transmis au référent."]);
    }

    private ConventionActor Actor() => ConventionWorkflow.Actor(User, ConventionCapacities.Learner);

    private async Task<IActionResult> DoneAsync(Message? error, string message)
    {
        if (error is not null)
        {
            ModelState.AddMessage(l, string.Empty, error);
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var today = clock.Today;
        var ids = await access.OwnPeriods().OrderBy(p => p.Start).Select(p => p.Id).ToListAsync();
        var views = new List<PeriodView>();
        foreach (var id in ids)
        {
            views.Add((await PeriodView.LoadAsync(db, access.OwnPeriods(), id, today))!);
        }

        Periods = views;
        var counted = views.Where(v => v.Period.Convention.Status != ConventionStatus.Refused).ToList();
        var establishment = counted.Select(v => v.EstablishmentId).FirstOrDefault();
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == establishment).ToListAsync();
        Tally = PfmpCounting.Count(counted.Select(v => v.Period.ToDays(v.Host.Name)).ToList(), holidays, today);
        Strategy = PlacementStrategies.Of(counted.Select(v => v.Host.Id));
        Applications = await db.PfmpApplications.CountAsync(a => a.LearnerId == access.UserId);
    }
}
