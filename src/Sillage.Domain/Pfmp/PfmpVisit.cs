namespace Sillage.Domain.Pfmp;

/// <summary>A visit of the referent teacher to the learner at the host: planned, then recorded with what was seen.</summary>
public class PfmpVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public Guid TeacherId { get; set; }
    public DateOnly PlannedOn { get; set; }
    public VisitMode Mode { get; set; }

    /// <summary>Set when the visit took place.</summary>
    public DateOnly? DoneOn { get; set; }

    /// <summary>Personnes rencontrées.</summary>
    public string? PeopleMet { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool IsDone => DoneOn is not null;

    /// <summary>Records the visit as done. A visit cannot be recorded before it happens.</summary>
    public Message? Record(DateOnly doneOn, VisitMode mode, string? peopleMet, string? notes, DateOnly today)
    {
        if (doneOn > today)
        {
            return new Message("Une visite ne peut pas être enregistrée avant d'avoir eu lieu : planifiez-la plutôt.");
        }

        DoneOn = doneOn;
        Mode = mode;
        PeopleMet = string.IsNullOrWhiteSpace(peopleMet) ? null : peopleMet.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        return null;
    }
}
