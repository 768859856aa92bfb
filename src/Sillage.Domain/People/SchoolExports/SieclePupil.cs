namespace Sillage.Domain.People.SchoolExports;

/// <summary>One ELEVE of a SIECLE export, with its divisions (TYPE_STRUCTURE D, "Inactifs" left out) and groups (G).</summary>
public sealed record SieclePupil(
    int Line,
    string PupilId,
    string? Ine,
    string LastName,
    string FirstName,
    DateOnly? BirthDate,
    string? Mef,
    string? Status,
    DateOnly? LeftOn,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Groups,
    IReadOnlyList<Message> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Left the establishment: a DATE_SORTIE on or before today.</summary>
    public bool HasLeft(DateOnly today) => LeftOn is { } left && left <= today;

    /// <summary>"ELEVE_ID 1234, ligne 56": how messages name the pupil in the file.</summary>
    public Message Where => new("élément ELEVE (ELEVE_ID {0}) ligne {1}", PupilId, Line);
}
