namespace Sillage.Domain.Pfmp;

/// <summary>A file of the learner's PFMP dossier (kept for certification: the E2 épreuve reads the bilans).</summary>
public class PfmpDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public Guid LearnerId { get; set; }
    public PfmpDocumentKind Kind { get; set; }

    /// <summary>Key in the file store.</summary>
    public required string FileKey { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
}
