namespace Sillage.Domain.Pfmp;

/// <summary>What a period in a company is: a PFMP under a convention (school pupils, adults), or the company time of
/// an apprentice's contract, which stands for the PFMP (the MC/CS is open to apprenticeship — guide, section 1).</summary>
public enum PfmpKind
{
    Placement = 0,
    Apprenticeship = 1,
}
