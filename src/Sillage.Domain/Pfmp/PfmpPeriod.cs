namespace Sillage.Domain.Pfmp;

/// <summary>
/// One période de formation en milieu professionnel of a learner: a host structure, a tutor, dates and a weekly
/// rhythm, the competences aimed at (annexe pédagogique), then the attendance, the visits and the tutor's
/// appraisal. Its convention (<see cref="PfmpConvention"/>) decides when the data may change.
/// </summary>
public class PfmpPeriod
{
    /// <summary>The longest period accepted (a whole school year of alternance).</summary>
    public const int MaxDays = 366;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid HostOrganisationId { get; set; }

    /// <summary>A PFMP under a convention, or an apprentice's contract (its company time stands for the PFMP).</summary>
    public PfmpKind Kind { get; set; }

    /// <summary>An apprentice's alternation by weeks (company weeks, then school weeks); none for a PFMP.</summary>
    public int AlternationCompanyWeeks { get; set; }
    public int AlternationSchoolWeeks { get; set; }

    /// <summary>The apprenticeship contract's number (as registered by the OPCO), when known.</summary>
    public string? ContractNumber { get; set; }

    public const int MaxContractNumberLength = 40;

    public Alternation Alternation => new(AlternationCompanyWeeks, AlternationSchoolWeeks);

    /// <summary>A recorded apprenticeship contract: it changes by amendment, with a reason kept in its history, instead of being frozen as a signed convention is.</summary>
    public bool IsRecordedContract => Kind == PfmpKind.Apprenticeship && Convention is { Status: ConventionStatus.SignedOutsidePlatform };

    public bool IsApprenticeship => Kind == PfmpKind.Apprenticeship;

    /// <summary>The tutor in the partner directory (name, position, phone).</summary>
    public Guid? TutorContactId { get; set; }

    /// <summary>The tutor's account: what they may see in the tutor space.</summary>
    public Guid? TutorId { get; set; }

    /// <summary>The teacher who follows the learner and visits them.</summary>
    public Guid? ReferentTeacherId { get; set; }

    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public WorkWeek WorkingDays { get; set; } = WorkWeek.MondayToFriday;
    public decimal WeeklyHours { get; set; }

    /// <summary>With a derogation the learner stays at the host during school holidays; otherwise those days are not expected.</summary>
    public bool WorksDuringSchoolHolidays { get; set; }

    /// <summary>Where the learner works when it is not the host's address.</summary>
    public string? Location { get; set; }

    /// <summary>Activités prévues (annexe pédagogique).</summary>
    public string? PlannedActivities { get; set; }

    /// <summary>Activités réalisées, written by the tutor for the bilan.</summary>
    public string? ActivitiesDone { get; set; }

    /// <summary>The tutor's overall appraisal.</summary>
    public string? TutorComment { get; set; }
    public DateTime? AppraisedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every edit; a stale form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public PfmpConvention Convention { get; set; } = null!;
    public List<PfmpTarget> Targets { get; set; } = [];
    public List<PfmpAbsence> Absences { get; set; } = [];

    public static PfmpPeriod New(Guid cohortId, Guid learnerId, Guid hostId, DateTime now)
    {
        var period = new PfmpPeriod { CohortId = cohortId, LearnerId = learnerId, HostOrganisationId = hostId, CreatedAt = now, UpdatedAt = now };
        period.Convention = new PfmpConvention { PeriodId = period.Id };
        return period;
    }

    /// <summary>The problems of a period's dates and rhythm, none when they are usable.</summary>
    public static IReadOnlyList<Message> CheckSchedule(DateOnly start, DateOnly end, WorkWeek workingDays, decimal weeklyHours)
    {
        var problems = new List<Message>();
        if (end < start)
        {
            problems.Add(new Message("Le dernier jour de la période doit suivre le premier."));
        }
        else if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            problems.Add(new Message("Une période dure au plus {0} jours : vérifiez les dates.", MaxDays));
        }

        if (workingDays == WorkWeek.None)
        {
            problems.Add(new Message("Cochez au moins un jour de présence dans la semaine."));
        }
        else if (end >= start && PfmpCounting.WorkingDaysBetween(start, end, workingDays).Count == 0)
        {
            problems.Add(new Message("Aucun jour de présence entre ces dates avec ce rythme hebdomadaire."));
        }

        if (weeklyHours is <= 0 or > 48)
        {
            problems.Add(new Message("La durée hebdomadaire doit être comprise entre 1 et 48 heures."));
        }

        return problems;
    }

    /// <summary>Records the learner absent on every expected day from <paramref name="from"/> to
    /// <paramref name="to"/> (days already recorded are kept as they are). Needs <see cref="Absences"/> loaded.</summary>
    public Message? RecordAbsences(DateOnly from, DateOnly to, string? reason, bool justified, Guid recordedBy, DateTime at)
    {
        if (!Convention.IsSigned)
        {
            return new Message("La présence se relève une fois la convention signée.");
        }

        if (to < from)
        {
            return new Message("Le dernier jour d'absence doit suivre le premier.");
        }

        if (from < Start || to > End)
        {
            return new Message("Les absences se situent dans la période, du {0:dd/MM/yyyy} au {1:dd/MM/yyyy}.", Start, End);
        }

        var days = PfmpCounting.WorkingDaysBetween(from, to, WorkingDays, Alternation, Start);
        if (days.Count == 0)
        {
            return new Message("Aucun jour de présence prévu entre ces dates : rien à enregistrer.");
        }

        var known = Absences.Select(a => a.Day).ToHashSet();
        foreach (var day in days.Where(d => !known.Contains(d)))
        {
            Absences.Add(new PfmpAbsence
            {
                PeriodId = Id,
                Day = day,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                Justified = justified,
                RecordedById = recordedBy,
                RecordedAt = at,
            });
        }

        return null;
    }

    public PfmpCounting.PeriodDays ToDays(string label) =>
        new(Id, label, Start, End, WorkingDays, WorksDuringSchoolHolidays, Absences.Select(a => a.Day).ToList(), Alternation);

    /// <summary>The problems of an apprenticeship contract against the learner's PFMP under convention (a contract and a
    /// convention never share a day), none when it fits.</summary>
    public static IReadOnlyList<Message> CheckContract(DateOnly start, DateOnly end, WorkWeek workingDays, Alternation alternation,
        IEnumerable<(string Label, DateOnly Start, DateOnly End)> placements)
    {
        var problems = new List<Message>(alternation.Check(workingDays));
        foreach (var placement in placements.Where(p => p.Start <= end && p.End >= start).OrderBy(p => p.Start))
        {
            problems.Add(new Message("Le contrat d'apprentissage chevauche la PFMP « {0} » du {1:dd/MM/yyyy} au {2:dd/MM/yyyy} : un apprenti n'a pas de convention de PFMP sur la durée de son contrat.", placement.Label, placement.Start, placement.End));
        }

        return problems;
    }
}
