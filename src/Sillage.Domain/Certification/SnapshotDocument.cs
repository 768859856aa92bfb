namespace Sillage.Domain.Certification;

/// <summary>
/// The frozen content of a submitted dossier, as serialised canonically (<see cref="SnapshotJson"/>): who, which
/// bloc, when, every piece with the full content of its traces at that moment, the positionnements at that date and
/// the coverage. Dates are ISO 8601 strings, lists are in a fixed order, so the same dossier always gives the same
/// bytes and the same fingerprint.
/// </summary>
public sealed record SnapshotDocument(
    string Format,
    Guid DossierId,
    SnapshotDocument.Person Learner,
    SnapshotDocument.CohortInfo Cohort,
    SnapshotDocument.BlockInfo Block,
    string SubmittedAt,
    IReadOnlyList<SnapshotDocument.Piece> Pieces,
    IReadOnlyList<SnapshotDocument.Positioning> Positionings,
    IReadOnlyList<SnapshotDocument.CoverageLine> Coverage)
{
    public const string CurrentFormat = "sillage-certification-snapshot/1";

    public sealed record Person(Guid Id, string FirstName, string LastName);

    public sealed record CohortInfo(Guid Id, string Name, string SchoolYear, string FrameworkCode, string FrameworkVersion);

    public sealed record BlockInfo(Guid Id, string Code, string Title, string? Exam);

    /// <summary>A piece: <see cref="Trace"/>, <see cref="Interview"/> or <see cref="File"/> is filled depending on the kind.</summary>
    public sealed record Piece(int Number, string Kind, string Title, string? Note, TraceContent? Trace, InterviewContent? Interview, FileCopy? File);

    public sealed record TraceContent(Guid Id, int Version, string Kind, string ActivityDate, string Context, string? ContextLabel,
        string Body, string Tags, IReadOnlyList<Link> Links, IReadOnlyList<FileCopy> Attachments);

    public sealed record Link(string Code, string Title, string Justification, int? SelfLevel);

    public sealed record InterviewContent(Guid Id, string HeldOn, string? LearnerExplanation, string? Strengths, string? Improvements);

    /// <summary>A file copied into the snapshot's own storage: later deletion of the original does not affect it.</summary>
    public sealed record FileCopy(int Number, string FileName, string ContentType, long Size, string Sha256, string StorageKey);

    public sealed record Positioning(string Code, int Level, string Label, bool Derived);

    public sealed record CoverageLine(string Code, string Title, string Kind, IReadOnlyList<int> Pieces, int Level);
}
