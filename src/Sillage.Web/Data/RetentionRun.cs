namespace Sillage.Web.Data;

/// <summary>One run of the retention job: when, and what it deleted or anonymised (a French summary, one line per rule).</summary>
public class RetentionRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string Summary { get; set; } = "";
    public bool Failed { get; set; }

    /// <summary>The day (UTC, <c>yyyy-MM-dd</c>) a scheduled run claimed, unique: one scheduled run a day across
    /// instances. A failed run gives its day back (null) so that a later attempt may claim it; a manual run has none.</summary>
    public string? Period { get; set; }
}
