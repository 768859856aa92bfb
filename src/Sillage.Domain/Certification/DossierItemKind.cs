namespace Sillage.Domain.Certification;

/// <summary>What a piece of a certification dossier is. A trace, an interview or a positionnement points to its
/// record (<see cref="DossierItem.ReferenceId"/>); the documents are files the learner adds (PFMP attestations and
/// bilans until the PFMP feature provides them as records, grids, other proofs). New kinds go at the end.</summary>
public enum DossierItemKind
{
    Trace = 1,
    Interview = 2,
    PfmpAttestation = 3,
    PfmpReview = 4,
    AssessmentGrid = 5,
    Document = 6,
}
