namespace Sillage.Domain.Teaching;

/// <summary>
/// A séance of the cahier de textes: what a cohort (or one of its groups) did on a day, with whom, for how long,
/// on which blocs and compétences. A session with several teachers is a joint session (co-teaching, or a collective
/// session on writing traces): its hours count once for each teacher and once for the cohort. A session led by an
/// outside speaker counts in the speakers' hours, which the guide places beyond the 400 hours of the blocs.
/// </summary>
public class ClassSession
{
    public const int MaxContentLength = 4000;
    public const int MaxHomeworkLength = 2000;
    public const int MaxSpeakerLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }

    /// <summary>Null for the whole cohort.</summary>
    public Guid? GroupId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public int DurationMinutes { get; set; }
    public SessionKind Kind { get; set; } = SessionKind.Class;

    /// <summary>Taught in English (English practice, part of the blocs' hours).</summary>
    public bool InEnglish { get; set; }
    public Guid? SituationId { get; set; }
    public Guid? MissionId { get; set; }
    public required string Content { get; set; }
    public string? Homework { get; set; }

    /// <summary>The outside speaker who led the session (name, organisation), if any.</summary>
    public string? Speaker { get; set; }

    /// <summary>Incremented by each save (content or attendance); the optimistic-concurrency token of the forms.</summary>
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }

    public List<ClassSessionTeacher> Teachers { get; set; } = [];
    public List<ClassSessionElement> Elements { get; set; } = [];
    public List<SessionAttendance> Attendance { get; set; } = [];

    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    public bool IsJoint => Teachers.Count > 1 || Kind == SessionKind.TracesWorkshop;

    public bool HasSpeaker => !string.IsNullOrWhiteSpace(Speaker);

    public decimal Hours => DurationMinutes / 60m;
}

public enum SessionKind
{
    /// <summary>Cours, travaux dirigés, mise en situation.</summary>
    Class = 1,

    /// <summary>Co-intervention of two teachers (économie-gestion and English, for instance).</summary>
    CoTeaching = 2,

    /// <summary>Séance collective sur l'écriture des traces du dossier numérique.</summary>
    TracesWorkshop = 3,

    /// <summary>Intervention d'un professionnel extérieur.</summary>
    Speaker = 4,
}

public class ClassSessionTeacher
{
    public Guid SessionId { get; set; }
    public Guid TeacherId { get; set; }
}

/// <summary>A bloc, compétence or compétence détaillée the session worked.</summary>
public class ClassSessionElement
{
    public Guid SessionId { get; set; }
    public Guid ElementId { get; set; }
}

/// <summary>A learner absent from, or late to, a session. A learner without a row was present.</summary>
public class SessionAttendance
{
    public const int MaxReasonLength = 300;
    public const int MaxLateMinutes = 240;

    public Guid SessionId { get; set; }
    public Guid LearnerId { get; set; }
    public AttendanceStatus Status { get; set; }

    /// <summary>Minutes of lateness, for <see cref="AttendanceStatus.Late"/>.</summary>
    public int? LateMinutes { get; set; }
    public bool Justified { get; set; }
    public string? Reason { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid? RecordedById { get; set; }
}

public enum AttendanceStatus
{
    Absent = 1,
    Late = 2,
}
