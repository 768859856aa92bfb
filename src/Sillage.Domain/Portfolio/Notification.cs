namespace Sillage.Domain.Portfolio;

/// <summary>An in-app notice for one person (the bell in the header), with the page it leads to.</summary>
public class Notification
{
    public const int TextMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }

    /// <summary>A <see cref="StoredMessage"/>: shown in the language of the reader, not of whoever caused it. Rows from
    /// before messages were stored hold plain French text.</summary>
    public required string Text { get; set; }

    /// <summary>A path of the app ("/dossier/traces/…").</summary>
    public required string Url { get; set; }
    public Guid? TraceId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

public enum NotificationKind
{
    /// <summary>A teacher commented on one of my traces.</summary>
    Feedback = 1,

    /// <summary>A learner of my cohorts asks for feedback.</summary>
    FeedbackRequest = 2,

    /// <summary>Someone answered in a thread I take part in.</summary>
    Reply = 3,

    /// <summary>An export or a download of personal data I asked for is ready (or failed).</summary>
    JobFinished = 4,

    /// <summary>I am convened to a CCF situation (or convened again after a change).</summary>
    CcfConvocation = 5,
}

/// <summary>Which notifications also come by e-mail. In-app notifications are always on.</summary>
public class NotificationSettings
{
    public Guid UserId { get; set; }
    public bool EmailOnFeedback { get; set; } = true;
    public bool EmailOnFeedbackRequest { get; set; } = true;
    public bool EmailOnReply { get; set; } = true;

    public bool Wants(NotificationKind kind) => kind switch
    {
        NotificationKind.Feedback => EmailOnFeedback,
        NotificationKind.FeedbackRequest => EmailOnFeedbackRequest,
        NotificationKind.Reply => EmailOnReply,
        _ => false,
    };
}
