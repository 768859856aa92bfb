namespace Sillage.Domain.Privacy;

/// <summary>
/// An entry of the platform's registre des activités de traitement (RGPD art. 30): what personal data Sillage
/// processes, why, on what legal basis, for whom, and how long it is kept. Kept as data, so that the
/// establishment's DPO can adapt it; the retention job reads <see cref="RetentionMonths"/>.
/// </summary>
public class ProcessingActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable key of a shipped entry ("comptes", "dossier"…), used by the retention job.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Purpose { get; set; }
    public required string LegalBasis { get; set; }
    public required string DataSubjects { get; set; }
    public required string DataCategories { get; set; }
    public required string Recipients { get; set; }
    public required string Retention { get; set; }

    /// <summary>Months after the end of the training (or after the event) before data is erased; null when
    /// the entry is kept by another rule (see <see cref="Retention"/>).</summary>
    public int? RetentionMonths { get; set; }
    public string? SecurityMeasures { get; set; }
    public string TransfersOutsideEu { get; set; } = "Aucun";
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
}
