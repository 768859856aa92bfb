namespace Sillage.Web.Pages.Certification.Ccf.Sittings;

/// <summary>What the référent types to schedule or reschedule a sitting (times in the school's time zone).</summary>
public sealed class SittingInput
{
    public string? Situation { get; set; }
    public Guid? GroupId { get; set; }
    public DateTime? StartsAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Room { get; set; }
    public bool Remote { get; set; }
    public string? Note { get; set; }
    public List<Guid> TeacherIds { get; set; } = [];
    public Guid? ProfessionalId { get; set; }
    public List<Guid> LearnerIds { get; set; } = [];
    public int Version { get; set; }
}
