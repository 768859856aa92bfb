namespace Sillage.Domain.FilRouge;

/// <summary>A learner of a cohort working in one service of the fil-rouge company from one day to another; a rotation
/// is several assignments one after the other. Periods of one learner never overlap.</summary>
public class ServiceAssignment
{
    /// <summary>A rotation lasts weeks; more than a school year is a typing error.</summary>
    public const int MaxDays = 366;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }
    public DeskService Service { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public Guid? AssignedById { get; set; }
    public DateTime AssignedAt { get; set; }

    public bool Covers(DateOnly day) => From <= day && day <= To;

    /// <summary>The problems of a new period for a learner who already has <paramref name="existing"/> periods; empty when it can be saved.</summary>
    public static IReadOnlyList<Message> Check(DeskService? service, DateOnly? from, DateOnly? to, IEnumerable<(DateOnly From, DateOnly To)> existing)
    {
        var problems = new List<Message>();
        if (service is null || !Enum.IsDefined(service.Value))
        {
            problems.Add(new("Choisissez le service."));
        }

        if (from is null || to is null)
        {
            problems.Add(new("Saisissez la date de début et la date de fin."));
        }
        else if (to < from)
        {
            problems.Add(new("La date de fin doit suivre la date de début."));
        }
        else if (to.Value.DayNumber - from.Value.DayNumber > MaxDays)
        {
            problems.Add(new("Une affectation de plus d'un an : vérifiez les dates."));
        }
        else if (existing.Any(e => e.From <= to && from <= e.To))
        {
            problems.Add(new("L'apprenant est déjà affecté à un service sur une partie de cette période."));
        }

        return problems;
    }
}
