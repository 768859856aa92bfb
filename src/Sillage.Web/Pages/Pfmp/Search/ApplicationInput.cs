using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The form of an application (creation and edition); the date rules are the domain's.</summary>
public sealed class ApplicationInput
{
    /// <summary>A structure of the directory or one of the learner's proposals (ids do not collide).</summary>
    [Display(Name = "Structure")]
    public Guid? HostChoice { get; set; }

    [Display(Name = "Date de la candidature")]
    [DataType(DataType.Date)]
    public DateOnly? AppliedOn { get; set; }

    [Display(Name = "Moyen")]
    public ApplicationChannel? Channel { get; set; }

    [Display(Name = "Réponse")]
    public ApplicationAnswer Answer { get; set; } = ApplicationAnswer.Waiting;

    [Display(Name = "Prochaine étape")]
    public string? NextStep { get; set; }

    [Display(Name = "Date de la prochaine étape")]
    [DataType(DataType.Date)]
    public DateOnly? NextStepOn { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public Guid Version { get; set; }

    public IEnumerable<(string Field, Message Error)> Validate(DateOnly today)
    {
        var checks = new List<(string Field, Message? Error)>
        {
            ("HostChoice", HostChoice is null ? new Message("Choisissez la structure, dans l'annuaire ou parmi celles que vous proposez.") : null),
            ("Channel", Channel is not { } c || !Enum.IsDefined(c) ? new Message("Choisissez comment vous avez candidaté.") : null),
            ("Answer", !Enum.IsDefined(Answer) ? new Message("Réponse inconnue.") : null),
            ("AppliedOn", AppliedOn is null ? new Message("Saisissez la date de la candidature.") : null),
            ("NextStep", FormText.TooLong(NextStep, PfmpApplication.MaxNextStepLength, new Message("La prochaine étape"))),
            ("Notes", FormText.TooLong(Notes, PfmpApplication.MaxNotesLength, new Message("Les notes"))),
        };
        if (AppliedOn is { } applied)
        {
            var problems = PfmpApplication.CheckDates(applied, NextStepOn, today);
            checks.AddRange(problems.Select(p => (p.Template.StartsWith("La prochaine", StringComparison.Ordinal) ? "NextStepOn" : "AppliedOn", (Message?)p)));
        }

        return checks.Where(c => c.Error is not null).Select(c => ($"Input.{c.Field}", c.Error!));
    }

    /// <summary>Applies the form (valid) to the application; the host ids come from the caller's check of <see cref="HostChoice"/>.</summary>
    public void ApplyTo(PfmpApplication application, Guid? hostId, Guid? proposalId, DateTime now)
    {
        application.HostOrganisationId = hostId;
        application.ProposalId = proposalId;
        application.AppliedOn = AppliedOn!.Value;
        application.Channel = Channel!.Value;
        application.Answer = Answer;
        application.NextStep = FormText.Clean(NextStep);
        application.NextStepOn = NextStepOn;
        application.Notes = FormText.Clean(Notes);
        application.UpdatedAt = now;
        application.Version = Guid.NewGuid();
    }

    public static ApplicationInput From(PfmpApplication application) => new()
    {
        HostChoice = application.HostOrganisationId ?? application.ProposalId,
        AppliedOn = application.AppliedOn,
        Channel = application.Channel,
        Answer = application.Answer,
        NextStep = application.NextStep,
        NextStepOn = application.NextStepOn,
        Notes = application.Notes,
        Version = application.Version,
    };
}
