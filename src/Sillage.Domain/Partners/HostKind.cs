namespace Sillage.Domain.Partners;

/// <summary>What a host structure is; the guide (§ 2.2) names these three.</summary>
public enum HostKind
{
    Company = 1,
    Association = 2,
    PublicBody = 3,
}
