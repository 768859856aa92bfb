using Sillage.Domain.Files;

namespace Sillage.Domain.Situations;

/// <summary>A document given with a situation or a mission (charte graphique, procédure…), kept in the file store.</summary>
public class SituationDocument : IStoredDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SituationId { get; set; }
    public Guid? MissionId { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string FileKey { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid? UploadedById { get; set; }
    public int SortOrder { get; set; }
}
