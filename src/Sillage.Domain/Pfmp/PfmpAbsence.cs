namespace Sillage.Domain.Pfmp;

/// <summary>A day the learner was expected at the host and was not there (recorded by the tutor or the school).</summary>
public class PfmpAbsence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public DateOnly Day { get; set; }
    public string? Reason { get; set; }
    public bool Justified { get; set; }
    public Guid RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}
