namespace Sillage.Domain.Portfolio;

/// <summary>A learner asks the teachers of their cohort for feedback on a trace. It stays in the teachers'
/// queue (oldest first) until a teacher answers on the trace or closes it, or the learner withdraws it.</summary>
public class FeedbackRequest
{
    public const int MessageMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }
    public Guid LearnerId { get; set; }
    public string? Message { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public Guid? AnsweredById { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    public bool IsOpen => AnsweredAt is null && WithdrawnAt is null;

    public void Answer(Guid teacherId, DateTime now)
    {
        if (IsOpen)
        {
            AnsweredAt = now;
            AnsweredById = teacherId;
        }
    }

    public void Withdraw(DateTime now)
    {
        if (IsOpen)
        {
            WithdrawnAt = now;
        }
    }
}
