namespace Sillage.Domain.Certification;

public enum DossierStatus
{
    /// <summary>The learner is assembling it; teachers comment.</summary>
    Draft = 1,

    /// <summary>Frozen in a <see cref="DossierSnapshot"/>; nothing more can be added.</summary>
    Submitted = 2,
}
