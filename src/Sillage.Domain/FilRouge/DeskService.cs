namespace Sillage.Domain.FilRouge;

/// <summary>The services a fil-rouge company renders to its users, as the guide names them (3.3.1.2: "support et
/// formation, animation et communication, back office"). Learners of a cohort are assigned to one for a period.</summary>
public enum DeskService
{
    SupportFormation = 1,
    AnimationCommunication = 2,
    BackOffice = 3,
}
