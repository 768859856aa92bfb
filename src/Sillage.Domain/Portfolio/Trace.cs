namespace Sillage.Domain.Portfolio;

/// <summary>
/// A trace of the learner's activity in their dossier numérique: a report, a production, a reflection…
/// Only its learner writes it. Every saved state is kept as a <see cref="TraceRevision"/>; <see cref="Version"/>
/// guards against silent overwrites (two tabs); deleting only hides it (nothing a learner wrote is lost).
/// </summary>
public class Trace
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public required string Title { get; set; }
    public TraceKind Kind { get; set; }
    public DateOnly ActivityDate { get; set; }
    public TraceContext Context { get; set; }

    /// <summary>The PFMP period, situation or mission record the trace comes from, once those exist (no FK on purpose).</summary>
    public Guid? ContextReferenceId { get; set; }

    /// <summary>Free words about the context: "VosRêves — situation 2", "Agence de Bordeaux"…</summary>
    public string? ContextLabel { get; set; }

    /// <summary>Markdown, rendered safely.</summary>
    public string Body { get; set; } = "";

    /// <summary>Tags as the learner reads them: "WordPress, site web" (see <see cref="TraceTags"/>).</summary>
    public string Tags { get; set; } = "";

    /// <summary>Folded, lightly stemmed text of title, tags and body: what full-text search indexes.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>1 at creation, +1 at each saved change: the optimistic concurrency token.</summary>
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }

    public List<TraceCompetenceLink> Links { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    public bool IsDeleted => DeletedAt is not null;

    public TraceContent Content => new(Title, Kind, ActivityDate, Context, ContextLabel, Body, Tags);

    /// <summary>A new trace and its first revision.</summary>
    public static (Trace Trace, TraceRevision Revision) Create(Guid learnerId, TraceContent content, DateTime now)
    {
        var trace = new Trace { LearnerId = learnerId, Title = content.Title, CreatedAt = now };
        trace.Apply(content, now);
        return (trace, TraceRevision.Of(trace, learnerId, now));
    }

    /// <summary>
    /// Saves a change made from <paramref name="baseVersion"/>. Returns the new revision, null when nothing
    /// changed; throws <see cref="TraceConflictException"/> when someone saved in between (the caller shows both).
    /// </summary>
    public TraceRevision? Update(TraceContent content, int baseVersion, Guid authorId, DateTime now)
    {
        if (IsDeleted)
        {
            throw new InvalidOperationException("A deleted trace cannot be changed; restore it first.");
        }

        if (baseVersion != Version)
        {
            throw new TraceConflictException(Version);
        }

        if (content.SameAs(Content))
        {
            return null;
        }

        Version++;
        Apply(content, now);
        return TraceRevision.Of(this, authorId, now);
    }

    /// <summary>Brings back the content of an earlier revision as a new version (the history keeps everything).</summary>
    public TraceRevision? Restore(TraceRevision revision, int baseVersion, Guid authorId, DateTime now) =>
        revision.TraceId != Id
            ? throw new ArgumentException("The revision belongs to another trace.", nameof(revision))
            : Update(revision.Content, baseVersion, authorId, now);

    public void Delete(DateTime now) => DeletedAt ??= now;

    public void Undelete() => DeletedAt = null;

    private void Apply(TraceContent content, DateTime now)
    {
        Title = content.Title.Trim();
        Kind = content.Kind;
        ActivityDate = content.ActivityDate;
        Context = content.Context;
        ContextLabel = string.IsNullOrWhiteSpace(content.ContextLabel) ? null : content.ContextLabel.Trim();
        Body = TraceContent.Normalize(content.Body);
        Tags = TraceTags.Format(TraceTags.Parse(content.Tags));
        SearchText = FrenchSearch.IndexText(Title, Tags, ContextLabel, Body);
        UpdatedAt = now;
    }
}

/// <summary>Someone saved the trace since the version the editor started from.</summary>
public sealed class TraceConflictException(int currentVersion)
    : Exception($"The trace is at version {currentVersion}.")
{
    public int CurrentVersion { get; } = currentVersion;
}
