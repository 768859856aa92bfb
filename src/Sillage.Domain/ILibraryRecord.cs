namespace Sillage.Domain;

/// <summary>A record of the common library (no establishment: shipped with Sillage or written by an administrator) or
/// of one establishment — organisations, resources, situations.</summary>
public interface ILibraryRecord
{
    Guid? EstablishmentId { get; }
}
