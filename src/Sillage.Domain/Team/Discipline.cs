namespace Sillage.Domain.Team;

/// <summary>What a teacher teaches a cohort, as the guide names the team (section 2.1): économie-gestion or anglais,
/// anyone else under <see cref="Other"/>.</summary>
public enum Discipline
{
    EconomicsAndManagement = 1,
    English = 2,
    Other = 3,
}
