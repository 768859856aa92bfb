namespace Sillage.Domain.Certification;

/// <summary>
/// The learner's dossier for one bloc's épreuve (E1, E2, E3): the pieces chosen to prove the bloc's
/// compétences. It is assembled as a draft, reviewed by the teachers, then submitted once: submission freezes a
/// <see cref="DossierSnapshot"/> and the dossier no longer changes.
/// </summary>
public class CertificationDossier
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public Guid CohortId { get; set; }

    /// <summary>The bloc (framework element of kind Block).</summary>
    public Guid BlockId { get; set; }
    public DossierStatus Status { get; set; } = DossierStatus.Draft;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>+1 at each change: two tabs cannot submit or change the same state twice.</summary>
    public int Version { get; set; } = 1;

    public List<DossierItem> Items { get; set; } = [];

    public bool IsDraft => Status == DossierStatus.Draft;

    public DossierItem Add(DossierItemKind kind, Guid? referenceId, string? label, string? note, DateTime now)
    {
        EnsureDraft();
        if (referenceId is { } reference && Items.Any(i => i.Kind == kind && i.ReferenceId == reference))
        {
            throw new InvalidOperationException("This record is already in the dossier.");
        }

        var item = new DossierItem
        {
            DossierId = Id, Kind = kind, ReferenceId = referenceId, Label = label?.Trim(), AddedAt = now,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        Items.Add(item);
        Touch(now);
        return item;
    }

    public bool Remove(Guid itemId, DateTime now)
    {
        EnsureDraft();
        var removed = Items.RemoveAll(i => i.Id == itemId) > 0;
        if (removed)
        {
            Touch(now);
        }

        return removed;
    }

    /// <summary>Marks the dossier submitted; the caller checked <see cref="SubmissionRules"/> and froze the snapshot.</summary>
    public void Submit(DateTime now)
    {
        EnsureDraft();
        Status = DossierStatus.Submitted;
        SubmittedAt = now;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new InvalidOperationException("A submitted dossier cannot change.");
        }
    }
}
