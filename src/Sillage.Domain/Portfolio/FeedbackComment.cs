namespace Sillage.Domain.Portfolio;

/// <summary>
/// Formative feedback on a trace: a teacher's comment (possibly quoting the passage it refers to, possibly
/// marked "à reprendre" or "validé"), and the replies of the learner and teachers under it. The learner, or a
/// teacher, resolves the thread once it is dealt with.
/// </summary>
public class FeedbackComment
{
    public const int BodyMaxLength = 8000;
    public const int QuoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }

    /// <summary>The thread's first comment, for a reply; null for a thread.</summary>
    public Guid? ParentId { get; set; }
    public Guid AuthorId { get; set; }
    public bool ByStaff { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>The passage of the trace the comment is about, as it read then.</summary>
    public string? Quote { get; set; }

    /// <summary>The version of the trace the comment was written on.</summary>
    public int TraceVersion { get; set; }
    public FeedbackVerdict Verdict { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public Guid? ResolvedById { get; set; }

    /// <summary>For a comment imported from another Sillage (JSON export): its author's name as exported. The
    /// comment is then read-only history; <see cref="AuthorId"/> is the learner who imported it.</summary>
    public string? ImportedAuthorName { get; set; }

    public bool IsImported => ImportedAuthorName is not null;

    public bool IsThread => ParentId is null;

    public bool IsResolved => ResolvedAt is not null;

    public void Resolve(Guid by, DateTime now)
    {
        if (!IsThread)
        {
            throw new InvalidOperationException("Only a thread is resolved, not a reply.");
        }

        ResolvedAt ??= now;
        ResolvedById ??= by;
    }

    public void Reopen()
    {
        ResolvedAt = null;
        ResolvedById = null;
    }
}

/// <summary>What a teacher says of the work a comment is about; none for a plain remark or a reply.</summary>
public enum FeedbackVerdict
{
    None = 0,
    ToRework = 1,
    Validated = 2,
}
