namespace Sillage.Domain.Portfolio;

/// <summary>A saved state of a trace (version N is the content after its N-th save). Never changed nor deleted.</summary>
public class TraceRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }
    public int Version { get; set; }
    public Guid AuthorId { get; set; }
    public DateTime SavedAt { get; set; }
    public required string Title { get; set; }
    public TraceKind Kind { get; set; }
    public DateOnly ActivityDate { get; set; }
    public TraceContext Context { get; set; }
    public string? ContextLabel { get; set; }
    public string Body { get; set; } = "";
    public string Tags { get; set; } = "";

    public TraceContent Content => new(Title, Kind, ActivityDate, Context, ContextLabel, Body, Tags);

    public static TraceRevision Of(Trace trace, Guid authorId, DateTime now) => new()
    {
        TraceId = trace.Id,
        Version = trace.Version,
        AuthorId = authorId,
        SavedAt = now,
        Title = trace.Title,
        Kind = trace.Kind,
        ActivityDate = trace.ActivityDate,
        Context = trace.Context,
        ContextLabel = trace.ContextLabel,
        Body = trace.Body,
        Tags = trace.Tags,
    };
}
