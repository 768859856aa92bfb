namespace Sillage.Domain.Portfolio;

/// <summary>
/// A copy of a learner's whole dossier in a format they keep for life (PDF, static site, JSON, Open Badges),
/// produced by a background job (<see cref="JobId"/>) and kept in the file store until <see cref="ExpiresAt"/>:
/// the retention job then deletes the file and this record.
/// </summary>
public class PortfolioExport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }

    /// <summary>The learner, or a staff member exporting the dossier of a learner they follow.</summary>
    public Guid RequestedById { get; set; }
    public ExportFormat Format { get; set; }
    public Guid JobId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;
}

public enum ExportFormat
{
    Pdf = 1,
    Site = 2,
    Json = 3,
    Badges = 4,
}
