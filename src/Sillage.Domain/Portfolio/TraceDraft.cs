namespace Sillage.Domain.Portfolio;

/// <summary>
/// What the editor holds but has not saved yet, written every few seconds and when the page is left, so that
/// a closed tab or a lost connection loses nothing. One per editor session (<see cref="Session"/>: a tab), author
/// and trace (<see cref="TraceId"/> null for a trace being created): two tabs never overwrite each other's draft.
/// Saving the trace from that session deletes it; the others stay until used or discarded.
/// </summary>
public class TraceDraft
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AuthorId { get; set; }
    public Guid? TraceId { get; set; }

    /// <summary>The editor (tab) that wrote it: a random id given when the editor opened.</summary>
    public Guid Session { get; set; }

    /// <summary>The version of the trace the editor started from.</summary>
    public int BaseVersion { get; set; }
    public DateTime SavedAt { get; set; }
    public string Title { get; set; } = "";
    public TraceKind Kind { get; set; }
    public DateOnly? ActivityDate { get; set; }
    public TraceContext Context { get; set; }
    public string? ContextLabel { get; set; }
    public string Body { get; set; } = "";
    public string Tags { get; set; } = "";
}
