namespace Sillage.Domain.Pfmp;

/// <summary>
/// One application a learner makes for a PFMP (guide § 2.2: the learner chooses the structure, helped by the
/// team): to a structure of the directory or to one they proposed (<see cref="HostProposal"/>), when, how, the
/// answer, the next step. An accepted application becomes a <see cref="PfmpPeriod"/> once its structure is in
/// the directory.
/// </summary>
public class PfmpApplication
{
    public const int MaxNextStepLength = 300;
    public const int MaxNotesLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }

    /// <summary>The structure in the directory; set when the learner picked it there, or when the référent validated
    /// the learner's proposal.</summary>
    public Guid? HostOrganisationId { get; set; }

    /// <summary>The structure the learner proposed, when it was not in the directory.</summary>
    public Guid? ProposalId { get; set; }

    public DateOnly AppliedOn { get; set; }
    public ApplicationChannel Channel { get; set; }
    public ApplicationAnswer Answer { get; set; } = ApplicationAnswer.Waiting;
    public string? NextStep { get; set; }
    public DateOnly? NextStepOn { get; set; }
    public string? Notes { get; set; }

    /// <summary>The period this application became.</summary>
    public Guid? PeriodId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; a stale form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The problems of an application's dates, none when they are usable.</summary>
    public static IReadOnlyList<Message> CheckDates(DateOnly appliedOn, DateOnly? nextStepOn, DateOnly today)
    {
        var problems = new List<Message>();
        if (appliedOn > today)
        {
            problems.Add(new Message("La date de candidature ne peut pas être dans le futur."));
        }

        if (nextStepOn is { } next && next < appliedOn)
        {
            problems.Add(new Message("La prochaine étape ne peut pas précéder la candidature (le {0:dd/MM/yyyy}).", appliedOn));
        }

        return problems;
    }

    /// <summary>Why this application cannot become a period yet, null when it can.</summary>
    public Message? CheckBecomesPeriod()
    {
        if (PeriodId is not null)
        {
            return new Message("Cette candidature est déjà devenue une période de PFMP.");
        }

        if (Answer != ApplicationAnswer.Accepted)
        {
            return new Message("Seule une candidature acceptée devient une période de PFMP.");
        }

        return HostOrganisationId is null
            ? new Message("La structure de cette candidature n'est pas encore dans l'annuaire : validez d'abord la proposition de l'apprenant.")
            : null;
    }

    /// <summary>Records the period the application became (after <see cref="CheckBecomesPeriod"/>).</summary>
    public Message? BecomePeriod(Guid periodId, DateTime at)
    {
        if (CheckBecomesPeriod() is { } problem)
        {
            return problem;
        }

        PeriodId = periodId;
        UpdatedAt = at;
        Version = Guid.NewGuid();
        return null;
    }

    /// <summary>A learner changes their application while it has not become a period.</summary>
    public Message? CheckEditable() =>
        PeriodId is null ? null : new Message("Cette candidature est devenue une période de PFMP : elle ne se modifie plus.");
}
