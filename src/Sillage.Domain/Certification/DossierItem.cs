namespace Sillage.Domain.Certification;

/// <summary>
/// A piece the learner puts in a certification dossier: a record of the platform (<see cref="Kind"/> +
/// <see cref="ReferenceId"/>: a trace, an interview, later a PFMP attestation) and/or a file stored for the dossier
/// (<see cref="StorageKey"/>). <see cref="Note"/> says what it proves, in the learner's words.
/// </summary>
public class DossierItem
{
    public const int NoteMaxLength = 1000;
    public const int LabelMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public DossierItemKind Kind { get; set; }
    public Guid? ReferenceId { get; set; }

    /// <summary>The title shown for a document (the record's own title is used for references).</summary>
    public string? Label { get; set; }
    public string? Note { get; set; }
    public string? StorageKey { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public DateTime AddedAt { get; set; }

    public bool IsDocument => StorageKey is not null;
}
