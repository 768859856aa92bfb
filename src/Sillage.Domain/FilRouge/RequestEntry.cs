namespace Sillage.Domain.FilRouge;

/// <summary>One dated step of a request's log: who, the state before and after (the same for a plain answer),
/// the text and the time spent.</summary>
public class RequestEntry
{
    public const int MaxTextLength = 4000;

    /// <summary>A day's work: more is a typing error.</summary>
    public const int MaxMinutes = 480;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public DateTime At { get; set; }
    public Guid? AuthorId { get; set; }
    public RequestActor Actor { get; set; }
    public RequestState From { get; set; }
    public RequestState To { get; set; }
    public string Text { get; set; } = "";
    public int Minutes { get; set; }
}
