namespace Sillage.Domain.Pfmp;

/// <summary>One step of a convention's life, kept for good: who did what, in which capacity, when, and why.</summary>
public class ConventionEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConventionId { get; set; }

    /// <summary>Order of the events of one convention (1, 2, 3…).</summary>
    public int Sequence { get; set; }
    public ConventionEventKind Kind { get; set; }

    /// <summary>The party signed for, or refusing.</summary>
    public ConventionParty? Party { get; set; }
    public Guid ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>In which capacity the actor acted, in French ("référent de la MC", "tuteur").</summary>
    public required string ActorCapacity { get; set; }
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}

/// <summary>The person acting on a convention.</summary>
public sealed record ConventionActor(Guid UserId, string Name, string Capacity);
