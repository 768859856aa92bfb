namespace Sillage.Domain.Frameworks;

/// <summary>The JSON file format of a competence framework (see docs/framework-format.md).</summary>
public sealed class FrameworkFile
{
    public const string CurrentFormat = "sillage-framework/1";

    public string? Format { get; set; }
    public string? Code { get; set; }
    public string? Version { get; set; }
    public string? Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Description { get; set; }
    public FrameworkFileLabels? Labels { get; set; }
    public List<FrameworkFileSource>? Sources { get; set; }
    public List<FrameworkFileLevel>? Levels { get; set; }
    public List<FrameworkFileBlock>? Blocks { get; set; }

    /// <summary>The référentiel d'évaluation: épreuves, their situations and the final mark (optional).</summary>
    public FrameworkFileEvaluation? Evaluation { get; set; }

    /// <summary>The référentiel des activités professionnelles: pôles, their activités and tâches, each tâche
    /// linked to the compétences it calls on (optional).</summary>
    public List<FrameworkFilePole>? ProfessionalActivities { get; set; }
}

public sealed class FrameworkFileLabels
{
    public string? Block { get; set; }
    public string? Competence { get; set; }
}

public sealed class FrameworkFileSource
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

public sealed class FrameworkFileLevel
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
}

public sealed class FrameworkFileBlock
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Exam { get; set; }
    public List<FrameworkFileCompetence>? Competences { get; set; }

    /// <summary>The compétences transversales the bloc calls on (optional; not assessed on their own).</summary>
    public List<FrameworkFileItem>? TransversalCompetences { get; set; }
}

public sealed class FrameworkFileCompetence
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
    public List<FrameworkFileCondition>? Conditions { get; set; }
    public List<FrameworkFileDetailed>? DetailedCompetences { get; set; }
    public List<FrameworkFileItem>? Knowledge { get; set; }
    public List<FrameworkFileItem>? ExpectedResults { get; set; }
    public List<FrameworkFileItem>? Criteria { get; set; }
    public List<FrameworkFileMapping>? Mappings { get; set; }
}

public sealed class FrameworkFileDetailed
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
    public List<FrameworkFileItem>? Knowledge { get; set; }
    public List<FrameworkFileItem>? ExpectedResults { get; set; }
    public List<FrameworkFileItem>? Criteria { get; set; }
    public List<FrameworkFileMapping>? Mappings { get; set; }
}

/// <summary>A savoir associé, résultat attendu or critère d'évaluation. The code is optional: one is made
/// from the parent's code when missing.</summary>
public sealed class FrameworkFileItem
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
}

public sealed class FrameworkFileCondition
{
    public string? Category { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
}

public sealed class FrameworkFileMapping
{
    public string? Framework { get; set; }
    public List<string>? Codes { get; set; }
}

/// <summary>A pôle of the référentiel des activités professionnelles.</summary>
public sealed class FrameworkFilePole
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<FrameworkFileActivity>? Activities { get; set; }
}

public sealed class FrameworkFileActivity
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<FrameworkFileTask>? Tasks { get; set; }
}

/// <summary>A tâche, with the codes of the compétences (or compétences détaillées) it calls on.</summary>
public sealed class FrameworkFileTask
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<string>? Competences { get; set; }
}
