using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Pfmp.Search;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A manager plans a PFMP period for a learner: structure, tutor, dates, rhythm, annexe pédagogique.
/// The period starts with a draft convention — or, for an apprentice's contract (<c>?contrat=true</c>), with the
/// contract standing for it.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, PeriodEditor editor, ApplicationPeriods applications, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public bool IsContract => Input.Kind == PfmpKind.Apprenticeship;

    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    /// <summary>The learner's accepted application the period comes from (the learner's search), if any.</summary>
    [BindProperty]
    public Guid? ApplicationId { get; set; }

    public PeriodEditor.Options Options { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? apprenant, Guid? structure, Guid? candidature, bool contrat = false)
    {
        if (contrat)
        {
            Input.Kind = PfmpKind.Apprenticeship;
            Input.WorksDuringSchoolHolidays = true;
            (Input.CompanyWeeks, Input.SchoolWeeks) = (2, 1);
        }

        Options = await editor.OptionsAsync();
        Input.LearnerId = apprenant;
        Input.HostOrganisationId = structure;
        Input.Days = [WorkWeek.Monday, WorkWeek.Tuesday, WorkWeek.Wednesday, WorkWeek.Thursday, WorkWeek.Friday];
        if (candidature is { } applicationId)
        {
            var application = await applications.FindAsync(applicationId);
            if (application is null)
            {
                return NotFound();
            }

            if (application.CheckBecomesPeriod() is { } problem)
            {
                ModelState.AddMessage(l, string.Empty, problem);
                return Page();
            }

            ApplicationId = application.Id;
            Input.LearnerId = application.LearnerId;
            Input.HostOrganisationId = application.HostOrganisationId;
            Input.TutorContactId = await applications.TutorProposalAsync(application);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var application = ApplicationId is { } applicationId ? await applications.FindAsync(applicationId, tracked: true) : null;
        if (ApplicationId is not null && application is null)
        {
            return NotFound();
        }

        Options = await editor.OptionsAsync();
        if (application is not null && ApplicationPeriods.Check(application, Input) is { } mismatch)
        {
            ModelState.AddMessage(l, string.Empty, mismatch);
            return Page();
        }

        await editor.ValidateAsync(Input, Options, null, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var learner = Options.Learners.First(o => o.Id == Input.LearnerId);
        var establishmentId = await db.Cohorts.Where(c => c.Id == learner.CohortId).Select(c => c.EstablishmentId).SingleAsync();
        var period = PfmpPeriod.New(learner.CohortId, learner.Id, Input.HostOrganisationId!.Value, clock.GetUtcNow().UtcDateTime);
        period.Kind = Input.Kind == PfmpKind.Apprenticeship ? PfmpKind.Apprenticeship : PfmpKind.Placement;
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await editor.ApplyAsync(period, Input, Options, establishmentId) is { } error)
        {
            ModelState.AddMessage(l, "Input.TutorContactId", error);
            return Page();
        }

        if (period.IsApprenticeship)
        {
            // The contract is signed outside Sillage (employer, apprentice, OPCO): the company time is open at once.
            period.Convention.RecordApprenticeshipContract(ConventionWorkflow.Actor(User, ConventionCapacities.Referent), clock.GetUtcNow().UtcDateTime, period.ContractNumber);
        }

        db.PfmpPeriods.Add(period);
        audit.Record(period.IsApprenticeship ? "pfmp.contract-recorded" : "pfmp.period-created", period.Id, learner.Name);
        if (application is not null)
        {
            // In the same save as the period: a second submission of the form fails on the application's version.
            application.BecomePeriod(period.Id, period.CreatedAt);
            audit.Record("pfmp.application-became-period", period.Id, learner.Name);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette candidature vient de devenir une période ou d'être modifiée : aucune période n'a été créée. Rechargez la page."]);
            return Page();
        }

        await transaction.CommitAsync();
        TempData["Message"] = period.IsApprenticeship
            ? l["Contrat d'apprentissage enregistré pour {0} : son temps en entreprise compte pour les douze semaines.", learner.Name].Value
            : l["Période créée pour {0}, avec une convention en brouillon.", learner.Name].Value;
        return RedirectToPage("/Pfmp/Detail", new { id = period.Id });
    }
}
