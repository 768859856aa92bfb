namespace Sillage.Domain.Career;

/// <summary>
/// The learner's projet professionnel (guide 1, 2.2, 3.3.2): what they aim for (a métier, a sector, further studies),
/// the steps towards it, what they learned about themselves, and links to their own traces, PFMP periods and
/// interviews. One per learner; <see cref="Version"/> is the optimistic-concurrency token of the form, and every save
/// leaves a <see cref="ProjectRevision"/> (who, when, what).
/// </summary>
public class ProfessionalProject
{
    public const int MaxAimLength = 300;
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }

    /// <summary>The métier aimed for ("technicien d'assistance informatique").</summary>
    public string? Occupation { get; set; }

    /// <summary>The sector ("associations", "collectivités territoriales").</summary>
    public string? Sector { get; set; }

    /// <summary>Further studies aimed for ("BTS SIO").</summary>
    public string? FurtherStudies { get; set; }

    /// <summary>What the learner learned about themselves (tastes, strengths, what they want to avoid).</summary>
    public string? SelfKnowledge { get; set; }

    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }

    public List<ProjectStep> Steps { get; set; } = [];
    public List<ProjectLink> Links { get; set; } = [];
    public List<ProjectRevision> Revisions { get; set; } = [];

    public bool HasAim => !string.IsNullOrWhiteSpace(Occupation) || !string.IsNullOrWhiteSpace(Sector) || !string.IsNullOrWhiteSpace(FurtherStudies);

    /// <summary>Records a change: raises the version and keeps who did what when.</summary>
    public void Touch(Guid by, DateTime at, ProjectChange change, Guid? interviewId = null)
    {
        Version++;
        UpdatedAt = at;
        Revisions.Add(new ProjectRevision { ProjectId = Id, Version = Version, ChangedById = by, ChangedAt = at, Change = change, InterviewId = interviewId });
    }
}
