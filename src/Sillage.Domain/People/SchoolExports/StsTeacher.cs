namespace Sillage.Domain.People.SchoolExports;

/// <summary>An INDIVIDU of an STS-web export whose FONCTION is ENS (a teacher).</summary>
public sealed record StsTeacher(int Line, string StsId, string LastName, string FirstName, IReadOnlyList<Message> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
