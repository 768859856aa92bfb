namespace Sillage.Domain.Portfolio;

/// <summary>The kinds of trace the guide names (section 3.3.2): activity report, production, reflection,
/// presentation of an organisation, and anything else.</summary>
public enum TraceKind
{
    ActivityReport = 1,
    Production = 2,
    Reflection = 3,
    OrganisationPresentation = 4,
    Other = 5,
}
