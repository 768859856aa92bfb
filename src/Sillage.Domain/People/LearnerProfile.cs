namespace Sillage.Domain.People;

/// <summary>How the learner follows the MC/CS (guide, section 1: in school, in apprenticeship or in continuing education).</summary>
public enum LearnerStatus
{
    /// <summary>Scolaire (SIECLE's status code ST).</summary>
    School = 0,

    /// <summary>Apprenti (SIECLE's status code AP): the contract's company time stands for the PFMP.</summary>
    Apprentice = 1,

    /// <summary>Formation continue (an adult): hours of training counted for the funder.</summary>
    Continuing = 2,
}

/// <summary>The baccalauréat the learner comes from (the MC/CS is open to bacheliers professionnels, technologiques and généraux).</summary>
public enum PriorDiploma
{
    Unknown = 0,
    BacPro = 1,
    BacTechno = 2,
    BacGeneral = 3,
    Other = 4,
}

/// <summary>
/// A learner's path: their status, the bac they come from, their prior experience and, for an adult, the funder and
/// the hours the training agreement plans. One per learner; versioned (a stale form is refused).
/// </summary>
public class LearnerProfile
{
    public const int MaxDetailLength = 200;
    public const int MaxExperienceLength = 4000;
    public const int MaxPlannedHours = 2000;

    public Guid LearnerId { get; set; }
    public LearnerStatus Status { get; set; }
    public PriorDiploma PriorDiploma { get; set; }

    /// <summary>The bac's specialty or the other diploma (e.g. "Bac pro AGORA", "BTS…").</summary>
    public string? PriorDiplomaDetail { get; set; }

    /// <summary>Jobs, placements, volunteering before the training: what the entry positioning recognises.</summary>
    public string? PriorExperience { get; set; }

    /// <summary>An adult's funder (France Travail, OPCO, Région, CPF, employer…).</summary>
    public string? Funder { get; set; }

    /// <summary>An adult's hours of training in the agreement with the funder.</summary>
    public int? PlannedHours { get; set; }

    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Sets the values (checked by <see cref="Check"/>); the funder and planned hours only for an adult.</summary>
    public void Apply(LearnerStatus status, PriorDiploma diploma, string? detail, string? experience, string? funder, int? plannedHours)
    {
        Status = status;
        PriorDiploma = diploma;
        PriorDiplomaDetail = Clean(detail);
        PriorExperience = Clean(experience);
        (Funder, PlannedHours) = status == LearnerStatus.Continuing ? (Clean(funder), plannedHours) : (null, null);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>SIECLE's CODE_STATUT: "AP" is an apprentice, "ST" (or nothing) a pupil.</summary>
    public static LearnerStatus FromSiecle(string? code) =>
        string.Equals(code?.Trim(), "AP", StringComparison.OrdinalIgnoreCase) ? LearnerStatus.Apprentice : LearnerStatus.School;

    /// <summary>The problems of a profile's values, none when it can be saved (a funder and planned hours are kept for
    /// continuing education only: <see cref="Apply"/> drops them otherwise).</summary>
    public static IReadOnlyList<(string Field, Message Message)> Check(LearnerStatus status, PriorDiploma diploma, string? detail, string? experience,
        string? funder, int? plannedHours)
    {
        var problems = new List<(string, Message)>();
        if (!Enum.IsDefined(status))
        {
            problems.Add(("Status", new Message("Choisissez le statut de l'apprenant.")));
        }

        if (!Enum.IsDefined(diploma))
        {
            problems.Add(("PriorDiploma", new Message("Choisissez le diplôme d'origine dans la liste.")));
        }

        if (diploma == PriorDiploma.Other && string.IsNullOrWhiteSpace(detail))
        {
            problems.Add(("PriorDiplomaDetail", new Message("Précisez le diplôme d'origine.")));
        }

        foreach (var (field, value, max) in new[] { ("PriorDiplomaDetail", detail, MaxDetailLength), ("Funder", funder, MaxDetailLength), ("PriorExperience", experience, MaxExperienceLength) })
        {
            if (value is not null && value.Trim().Length > max)
            {
                problems.Add((field, new Message("Ce texte dépasse {0} caractères.", max)));
            }
        }

        if (plannedHours is { } hours && (hours < 1 || hours > MaxPlannedHours))
        {
            problems.Add(("PlannedHours", new Message("Les heures prévues vont de 1 à {0}.", MaxPlannedHours)));
        }

        return problems;
    }
}

/// <summary>A part of the training plan waived for one learner (a situation, or another part described), with the
/// reason: the individual path the team sees.</summary>
public class PathAdjustment
{
    public const int MaxTextLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public Guid CohortId { get; set; }

    /// <summary>The situation waived, if it is one.</summary>
    public Guid? SituationId { get; set; }

    /// <summary>What is waived when it is not a situation (e.g. "anglais : dispensé, niveau B2 certifié").</summary>
    public string? Part { get; set; }
    public required string Reason { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }

    public static IReadOnlyList<(string Field, Message Message)> Check(Guid? situationId, string? part, string? reason)
    {
        var problems = new List<(string, Message)>();
        if (situationId is null && string.IsNullOrWhiteSpace(part))
        {
            problems.Add(("Part", new Message("Choisissez la situation ou décrivez la partie du parcours aménagée.")));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(("Reason", new Message("Indiquez la raison de l'aménagement.")));
        }

        foreach (var (field, value) in new[] { ("Part", part), ("Reason", reason) })
        {
            if (value is not null && value.Trim().Length > MaxTextLength)
            {
                problems.Add((field, new Message("Ce texte dépasse {0} caractères.", MaxTextLength)));
            }
        }

        return problems;
    }
}
