using Sillage.Domain.Files;

namespace Sillage.Domain.Organisations;

/// <summary>A document describing an organisation (procédures, chartes, plans du SI…), kept in the file store.</summary>
public class OrganisationDocument : IStoredDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string FileKey { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid? UploadedById { get; set; }
}
