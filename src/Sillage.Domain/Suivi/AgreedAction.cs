namespace Sillage.Domain.Suivi;

/// <summary>An action agreed during an interview, open until someone marks it done.</summary>
public class AgreedAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InterviewId { get; set; }
    public Guid LearnerId { get; set; }
    public required string Description { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActionOwner Owner { get; set; } = ActionOwner.Learner;
    public DateTime? DoneAt { get; set; }
    public Guid? DoneById { get; set; }

    public bool IsOpen => DoneAt is null;

    public bool IsLate(DateOnly today) => IsOpen && DueOn is { } due && due < today;

    public void MarkDone(Guid by, DateTime at)
    {
        if (DoneAt is not null)
        {
            return;
        }

        DoneAt = at;
        DoneById = by;
    }

    public void Reopen()
    {
        DoneAt = null;
        DoneById = null;
    }
}

public enum ActionOwner
{
    Learner = 1,
    Teacher = 2,
    Both = 3,
}
