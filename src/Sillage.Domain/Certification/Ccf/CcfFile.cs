namespace Sillage.Domain.Certification.Ccf;

/// <summary>What a CCF file is for; exactly one owner id is set, matching the kind.</summary>
public enum CcfFileKind
{
    /// <summary>The source document of a timed situation (E3-B), handed out at the start (<see cref="CcfFile.SittingId"/>).</summary>
    Source = 1,

    /// <summary>A candidate's production in a timed situation (<see cref="CcfFile.CandidateId"/>).</summary>
    Production = 2,

    /// <summary>A document of a group project (<see cref="CcfFile.ProjectId"/>).</summary>
    ProjectDocument = 3,

    /// <summary>A file a teacher adds as evaluation evidence (<see cref="CcfFile.EvidenceId"/>).</summary>
    Evidence = 4,
}

/// <summary>
/// A file of the CCF, kept in the file store. Every upload is a new row: a candidate who uploads twice keeps both
/// (nothing a learner wrote is lost), and an upload after the candidate's time is kept and marked late.
/// </summary>
public class CcfFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public CcfFileKind Kind { get; set; }
    public Guid? SittingId { get; set; }
    public Guid? CandidateId { get; set; }
    public Guid? ProjectId { get; set; }
    public Guid? EvidenceId { get; set; }

    /// <summary>Key in the file store.</summary>
    public required string FileKey { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid UploadedById { get; set; }

    /// <summary>Uploaded after the candidate's time (extra time included) was over.</summary>
    public bool Late { get; set; }
}
