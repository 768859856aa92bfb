namespace Sillage.Domain.Certification;

/// <summary>A review comment on a certification dossier, by a teacher of the cohort or the learner (a reply
/// points to the comment it answers).</summary>
public class DossierComment
{
    public const int BodyMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public Guid AuthorId { get; set; }
    public Guid? ReplyToId { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
