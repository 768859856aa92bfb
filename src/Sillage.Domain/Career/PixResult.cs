namespace Sillage.Domain.Career;

/// <summary>
/// A Pix result the learner records (guide 3.5): a profile (the level reached in each CRCN compétence and the global
/// score in pix, on a date) or a certification (date, certified score, certificate number). Pix is the national
/// service that assesses and certifies the CRCN.
/// </summary>
public class PixResult
{
    public const int MaxCertificateNumberLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public PixResultKind Kind { get; set; }
    public DateOnly TakenOn { get; set; }

    /// <summary>The global score, in pix.</summary>
    public int Score { get; set; }

    /// <summary>The certificate's number (a certification only).</summary>
    public string? CertificateNumber { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>Levels per CRCN compétence (a profile only); a compétence not listed was not assessed.</summary>
    public List<PixCompetenceLevel> Levels { get; set; } = [];
}

public enum PixResultKind
{
    Profile = 1,
    Certification = 2,
}

/// <summary>The level a Pix profile gives one CRCN compétence ("1.1"…"5.2"), 0 to 8.</summary>
public class PixCompetenceLevel
{
    public Guid ResultId { get; set; }

    /// <summary>The compétence's code in the CRCN ("2.3").</summary>
    public required string CompetenceCode { get; set; }
    public int Level { get; set; }
}
