namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// A CCF situation the référent schedules for a cohort (or one of its groups): which épreuve and situation of the
/// framework (by code), when, where (a room, or remotely), how long, who evaluates (a teacher of the speciality and,
/// when the team wants it, a professional) and which candidates the team judges ready. A situation evaluated
/// without the candidate (E2, E3-A) has a date but no room and no convocation.
/// </summary>
public class CcfSitting
{
    public const int RoomMaxLength = 100;
    public const int NoteMaxLength = 2000;

    /// <summary>A sitting longer than a school day is a typing error.</summary>
    public const int MaxMinutes = 10 * 60;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid? GroupId { get; set; }

    /// <summary>The framework version's épreuve and situation codes (E1, E1-A).</summary>
    public required string ExamCode { get; set; }
    public required string SituationCode { get; set; }

    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public string? Room { get; set; }
    public bool Remote { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedById { get; set; }

    /// <summary>+1 at each change: two référents rescheduling at once cannot both succeed.</summary>
    public int Version { get; set; } = 1;

    public List<CcfEvaluator> Evaluators { get; set; } = [];
    public List<CcfCandidate> Candidates { get; set; } = [];

    /// <summary>When the candidate's time ends, with their extra time.</summary>
    public DateTime EndsAtFor(CcfCandidate candidate) => StartsAt.AddMinutes(DurationMinutes + candidate.ExtraMinutes(DurationMinutes));

    /// <summary>The problems of a schedule, in French; empty when it can be saved.</summary>
    public static IReadOnlyList<Message> Check(DateTime startsAt, int durationMinutes, string? room, bool remote, bool withCandidate,
        IReadOnlyCollection<(Guid PersonId, CcfEvaluatorRole Role)> evaluators, int candidates, DateTime now)
    {
        var problems = new List<Message>();
        if (withCandidate && startsAt < now)
        {
            problems.Add(new Message("La date de passage est déjà passée : choisissez une date à venir."));
        }

        if (durationMinutes is < 1 or > MaxMinutes)
        {
            problems.Add(new Message("La durée doit être comprise entre 1 et {0} minutes.", MaxMinutes));
        }

        if (withCandidate && !remote && string.IsNullOrWhiteSpace(room))
        {
            problems.Add(new Message("Indiquez la salle, ou choisissez « à distance »."));
        }

        if (room?.Trim().Length > RoomMaxLength)
        {
            problems.Add(new Message("La salle dépasse {0} caractères.", RoomMaxLength));
        }

        if (!evaluators.Any(e => e.Role == CcfEvaluatorRole.Teacher))
        {
            problems.Add(new Message("Il faut au moins un évaluateur enseignant de la spécialité."));
        }

        if (evaluators.Select(e => e.PersonId).Distinct().Count() != evaluators.Count)
        {
            problems.Add(new Message("Un évaluateur est choisi deux fois."));
        }

        if (candidates == 0)
        {
            problems.Add(new Message("Choisissez au moins une personne candidate que l'équipe juge prête."));
        }

        return problems;
    }
}

public enum CcfEvaluatorRole
{
    /// <summary>Enseignant de la spécialité.</summary>
    Teacher = 1,

    /// <summary>Professionnel associé à l'évaluation.</summary>
    Professional = 2,
}

public class CcfEvaluator
{
    public Guid SittingId { get; set; }
    public Guid PersonId { get; set; }
    public CcfEvaluatorRole Role { get; set; }
}

/// <summary>Where a candidate stands for a sitting.</summary>
public enum CcfAttendance
{
    Convened = 0,
    Present = 1,
    Absent = 2,

    /// <summary>Absent with a justification the team accepted: the candidate is to be convened again.</summary>
    AbsentJustified = 3,

    /// <summary>Moved to a later sitting.</summary>
    Postponed = 4,
}

public class CcfCandidate
{
    public const int AccommodationMaxLength = 500;

    /// <summary>The usual "tiers temps" is a third of the duration; more than doubling it is a typing error.</summary>
    public const int MaxExtraPercent = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SittingId { get; set; }
    public Guid LearnerId { get; set; }
    public CcfAttendance Attendance { get; set; }

    /// <summary>Extra time granted as an exam accommodation, in percent of the duration (33 for a tiers temps).</summary>
    public int ExtraTimePercent { get; set; }

    /// <summary>Other accommodations, as the decision words them (a reader, a computer…).</summary>
    public string? Accommodation { get; set; }

    /// <summary>When the convocation was last sent (PDF, e-mail and notification); null until then.</summary>
    public DateTime? ConvokedAt { get; set; }

    public int ExtraMinutes(int durationMinutes) => (int)Math.Ceiling(durationMinutes * ExtraTimePercent / 100m);

    /// <summary>Marks and favourable decisions need the candidate to have sat the situation (or a situation
    /// without the candidate).</summary>
    public bool MayBeMarked(bool withCandidate) => !withCandidate || Attendance == CcfAttendance.Present;

    public static Message? CheckAccommodation(int extraTimePercent, string? accommodation) =>
        extraTimePercent is < 0 or > MaxExtraPercent ? new Message("Le temps supplémentaire doit être compris entre 0 et {0} %.", MaxExtraPercent)
        : accommodation?.Trim().Length > AccommodationMaxLength ? new Message("L'aménagement dépasse {0} caractères.", AccommodationMaxLength)
        : null;
}
