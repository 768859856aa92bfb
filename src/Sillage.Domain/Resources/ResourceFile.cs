namespace Sillage.Domain.Resources;

/// <summary>The shipped library file (data/resources/*.json): resources with the competences they serve.</summary>
public sealed class ResourceFile
{
    public List<ResourceFileItem>? Resources { get; set; }
}

public sealed class ResourceFileItem
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Publisher { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }

    /// <summary>Whom it is for: "everyone" (or nothing), "teachers", "learners".</summary>
    public string? Audience { get; set; }

    /// <summary>Element codes, each prefixed by its framework code: "mc-sno:C3.2".</summary>
    public List<string>? Competences { get; set; }
}
