namespace Sillage.Domain.Portfolio;

/// <summary>What the learner writes in a trace: the part that is versioned (every saved state is a revision).</summary>
public sealed record TraceContent(
    string Title,
    TraceKind Kind,
    DateOnly ActivityDate,
    TraceContext Context,
    string? ContextLabel,
    string Body,
    string Tags)
{
    /// <summary>Same content, ignoring trailing spaces and line-ending differences (browsers send \r\n).</summary>
    public bool SameAs(TraceContent other) =>
        Title.Trim() == other.Title.Trim() && Kind == other.Kind && ActivityDate == other.ActivityDate && Context == other.Context
        && (ContextLabel ?? "").Trim() == (other.ContextLabel ?? "").Trim()
        && TraceTags.Format(TraceTags.Parse(Tags)) == TraceTags.Format(TraceTags.Parse(other.Tags))
        && Normalize(Body) == Normalize(other.Body);

    public static string Normalize(string? body) => (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
