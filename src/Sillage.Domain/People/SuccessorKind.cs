namespace Sillage.Domain.People;

public enum SuccessorKind
{
    None,
    New,
    Existing,
}
