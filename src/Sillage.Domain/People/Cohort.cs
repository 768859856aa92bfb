namespace Sillage.Domain.People;

/// <summary>A promotion: the learners and teachers of one school year, working with one framework version.</summary>
public class Cohort
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EstablishmentId { get; set; }
    public required string Name { get; set; }

    /// <summary>"2026-2027".</summary>
    public required string SchoolYear { get; set; }
    public Guid FrameworkId { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool Archived { get; set; }

    /// <summary>Raised by each save of the team page: a form sent from an older version is refused.</summary>
    public int TeamVersion { get; set; } = 1;

    public List<CohortMember> Members { get; set; } = [];
    public List<Group> Groups { get; set; } = [];

    public static bool IsValidSchoolYear(string? value) =>
        value is { Length: 9 } && value[4] == '-'
        && int.TryParse(value[..4], out var start) && int.TryParse(value[5..], out var end)
        && end == start + 1 && start is > 2000 and < 2100;
}
