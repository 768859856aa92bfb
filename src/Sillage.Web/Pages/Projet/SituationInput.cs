using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Career;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Projet;

/// <summary>The form of a 6- or 12-month situation, shared by the référent's page and the learner's link page: checked
/// with <see cref="FollowUpRules.Check"/>, then saved over the milestone's earlier answer.</summary>
public sealed class SituationInput
{
    [Display(Name = "Échéance")]
    public FollowUpMilestone Milestone { get; set; } = FollowUpMilestone.SixMonths;

    [Display(Name = "Situation au")]
    public DateOnly? ObservedOn { get; set; }

    [Display(Name = "Situation")]
    public SituationKind? Kind { get; set; }

    [Display(Name = "Contrat")]
    public EmploymentContract? Contract { get; set; }

    [Display(Name = "Études suivies")]
    public string? Studies { get; set; }

    [Display(Name = "Employeur (facultatif)")]
    public string? Employer { get; set; }

    [Display(Name = "Précisions (facultatif)")]
    public string? Details { get; set; }

    public bool Check(ModelStateDictionary modelState, IStringLocalizer l, string prefix, DateOnly leftOn, DateOnly today)
    {
        foreach (var problem in FollowUpRules.Check(leftOn, Milestone, ObservedOn, Kind, Contract, Studies, Employer, Details, today))
        {
            modelState.AddMessage(l, prefix + problem.Field, problem.Text);
        }

        return modelState.IsValid;
    }

    /// <summary>Writes the situation (replacing the milestone's earlier one); the caller saves.</summary>
    public async Task<GraduateSituation> ApplyAsync(SillageDb db, Guid learnerId, Guid? recordedBy, DateTime now)
    {
        var situation = await db.GraduateSituations.SingleOrDefaultAsync(s => s.LearnerId == learnerId && s.Milestone == Milestone);
        if (situation is null)
        {
            situation = new GraduateSituation { LearnerId = learnerId, Milestone = Milestone };
            db.GraduateSituations.Add(situation);
        }

        situation.Kind = Kind!.Value;
        situation.Contract = Kind == SituationKind.Employment ? Contract : null;
        situation.Studies = Kind == SituationKind.FurtherStudies ? FormText.Clean(Studies) : null;
        situation.Employer = FormText.Clean(Employer);
        situation.Details = FormText.Clean(Details);
        situation.ObservedOn = ObservedOn!.Value;
        situation.RecordedAt = now;
        situation.RecordedById = recordedBy;
        return situation;
    }
}
