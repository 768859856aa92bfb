namespace Sillage.Domain.Calendar;

/// <summary>A holiday period of an establishment (vacances scolaires, ponts, fermeture): no class, no PFMP
/// expected. Entered by the référent for the school year (the official calendar depends on the zone).</summary>
public class SchoolHoliday
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EstablishmentId { get; set; }
    public required string Name { get; set; }

    /// <summary>First day off.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Last day off (inclusive).</summary>
    public DateOnly End { get; set; }

    public bool Overlaps(DateOnly start, DateOnly end) => Start <= end && start <= End;
}
