namespace Sillage.Domain.Files;

/// <summary>A titled document kept in the file store with a record (an organisation, a situation or one of its
/// missions): what adding, removing and downloading one need to know.</summary>
public interface IStoredDocument
{
    string Title { get; }
    string FileName { get; }
    string ContentType { get; }
    string FileKey { get; }
}
