namespace Sillage.Domain.Certification;

/// <summary>
/// A session d'examen: the window during which the assigned jury members read the frozen dossiers of the assigned
/// candidates for one bloc. Outside [<see cref="StartsAt"/>, <see cref="EndsAt"/>) nothing is readable. With
/// <see cref="AnonymizeCandidates"/>, the jury sees candidate numbers only.
/// </summary>
public class ExamSession
{
    public const int TitleMaxLength = 150;
    public const int MaxDays = 62;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid BlockId { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public bool AnonymizeCandidates { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedById { get; set; }

    public List<ExamJuror> Jurors { get; set; } = [];
    public List<ExamCandidate> Candidates { get; set; } = [];

    public bool IsOpen(DateTime now) => StartsAt <= now && now < EndsAt;

    /// <summary>Null when the window is acceptable, else why (for the page to word).</summary>
    public static string? CheckWindow(DateTime startsAt, DateTime endsAt) =>
        endsAt <= startsAt ? "end-before-start" : (endsAt - startsAt).TotalDays > MaxDays ? "too-long" : null;

    /// <summary>Numbers the candidates "2026-E1-001"… in the given order (shuffled by the caller when masked).</summary>
    public static string CandidateNumber(string prefix, int index) => $"{prefix}-{index + 1:000}";
}

public class ExamJuror
{
    public Guid SessionId { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>A learner called before the session's jury, known to it by <see cref="Number"/> when masked.</summary>
public class ExamCandidate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid LearnerId { get; set; }
    public required string Number { get; set; }

    /// <summary>The PDF printed for the jury when candidates are masked (no name in it), kept with its hash so that
    /// it verifies too.</summary>
    public string? MaskedPdfKey { get; set; }
    public string? MaskedPdfSha256 { get; set; }
}
