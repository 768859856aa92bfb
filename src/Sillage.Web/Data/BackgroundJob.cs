namespace Sillage.Web.Data;

/// <summary>Heavy work (exports, imports) done outside the request, with visible progress. Stored in the
/// database so that any app instance can run it and a restart does not lose it.</summary>
public class BackgroundJob
{
    public const int TitleMaxLength = 300;
    public const int MessageMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Kind { get; set; }

    /// <summary>What the owner sees ("Export PDF du dossier — Léa Martin"), a <see cref="Domain.StoredMessage"/> shown in the
    /// reader's language (plain French text in rows from before).</summary>
    public required string Title { get; set; }
    public Guid? OwnerId { get; set; }
    public string PayloadJson { get; set; } = "{}";
    public BackgroundJobStatus Status { get; set; } = BackgroundJobStatus.Queued;
    public int Progress { get; set; }
    /// <summary>The last progress message, then the outcome: a <see cref="Domain.StoredMessage"/> like <see cref="Title"/>.</summary>
    public string? Message { get; set; }
    public string? ResultFileKey { get; set; }
    public string? ResultFileName { get; set; }
    public string? ResultContentType { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>A running job whose lease passed (its instance died) is taken up again.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>Written by the worker that claimed the job; its progress and result writes apply only while the
    /// row still holds it (a stalled instance whose lease was taken can no longer write). Null while queued.</summary>
    public Guid? ClaimToken { get; set; }
    public int Attempts { get; set; }
}

public enum BackgroundJobStatus
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
