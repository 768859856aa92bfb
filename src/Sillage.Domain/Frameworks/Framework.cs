namespace Sillage.Domain.Frameworks;

/// <summary>One version of a competence framework (référentiel). A version used by a cohort is never
/// modified in place: a change is a new version.</summary>
public class Framework
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Version { get; set; }
    public required string Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Description { get; set; }
    public string BlockLabel { get; set; } = "Bloc";
    public string CompetenceLabel { get; set; } = "Compétence";
    public DateTime ImportedAt { get; set; }
    public Guid? ImportedById { get; set; }

    /// <summary>The establishment whose référents published this version with the editor: only that establishment
    /// sees it. Null for a version shipped or imported by an administrator, which every establishment sees.</summary>
    public Guid? EstablishmentId { get; set; }

    /// <summary>The file as imported, kept so that the version can be exported unchanged.</summary>
    public required string SourceJson { get; set; }

    public List<FrameworkElement> Elements { get; set; } = [];
    public List<FrameworkLevel> Levels { get; set; } = [];
    public List<FrameworkSource> Sources { get; set; } = [];

    public string DisplayName => $"{ShortTitle ?? Title} ({Version})";
}
