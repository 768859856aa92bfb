namespace Sillage.Domain.Situations;

/// <summary>The content of a situation as it was at one version, in the exchange format (with mission ids), so
/// that any past version can be read or restored.</summary>
public class SituationVersion
{
    public const int SummaryMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SituationId { get; set; }
    public int Number { get; set; }

    /// <summary>What changed ("Mission 2 modifiée"), a <see cref="StoredMessage"/> shown in the reader's language (plain
    /// French text in rows from before).</summary>
    public required string Summary { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? AuthorId { get; set; }
}
