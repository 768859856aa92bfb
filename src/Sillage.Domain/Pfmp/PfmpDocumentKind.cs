namespace Sillage.Domain.Pfmp;

public enum PfmpDocumentKind
{
    /// <summary>The convention printed from the data, ready to sign.</summary>
    Convention = 1,

    /// <summary>The paper convention, signed outside the platform and scanned.</summary>
    ConventionScan = 2,

    /// <summary>Attestation de PFMP: who, where, when, how many days.</summary>
    Attestation = 3,

    /// <summary>Bilan de PFMP: activities and the tutor's appraisal.</summary>
    Bilan = 4,
}
