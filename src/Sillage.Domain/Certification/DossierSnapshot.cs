namespace Sillage.Domain.Certification;

/// <summary>
/// A submitted dossier, frozen: the canonical JSON of its content (<see cref="SnapshotDocument"/>) and its SHA-256
/// <see cref="Fingerprint"/>; copies of its files live under <see cref="StoragePrefix"/>. The PDF is printed once
/// and kept with its own hash (<see cref="PdfSha256"/>), so that a file can be checked against it later. Never
/// changed afterwards, except to record that PDF.
/// </summary>
public class DossierSnapshot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid CohortId { get; set; }
    public Guid BlockId { get; set; }
    public required string BlockCode { get; set; }
    public DateTime SubmittedAt { get; set; }
    public required string Json { get; set; }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <see cref="Json"/>.</summary>
    public required string Fingerprint { get; set; }
    public string? PdfStorageKey { get; set; }
    public string? PdfSha256 { get; set; }

    public string StoragePrefix => StoragePrefixFor(Id);

    public static string StoragePrefixFor(Guid id) => $"snapshots/{id:N}";
}
