namespace Sillage.Domain.People;

public enum CohortRole
{
    Learner = 1,
    Teacher = 2,
}
