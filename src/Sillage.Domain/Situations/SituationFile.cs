using System.Text.Json.Serialization;
using Sillage.Domain.Organisations;
using Sillage.Domain.Resources;

namespace Sillage.Domain.Situations;

/// <summary>
/// The JSON exchange format of a situation (docs/situation-format.md): what one school exports and another
/// imports, and what the shipped VosRêves situations are written in (a bundle of five). Competences are element codes of the
/// named framework; the organisation, library resources and documents travel inside the file.
/// </summary>
public sealed class SituationFile
{
    public const string CurrentFormat = "sillage-situation/1";

    public string? Format { get; set; }

    /// <summary>Only in shipped files: the stable identifier of a situation of the common library.</summary>
    public string? Code { get; set; }
    public string? Title { get; set; }
    public SituationFileFramework? Framework { get; set; }
    public OrganisationFile? Organisation { get; set; }
    public string? Context { get; set; }
    public string? Intention { get; set; }
    public List<string>? Modalities { get; set; }
    public string? Restitution { get; set; }
    public string? EnglishResources { get; set; }
    public string? Source { get; set; }
    public List<SituationFileResource>? Resources { get; set; }
    public List<SituationFileDocument>? Documents { get; set; }
    public List<SituationFileMission>? Missions { get; set; }

    /// <summary>A bundle: several situations in one file (the root then carries only the format).</summary>
    public List<SituationFile>? Situations { get; set; }

    /// <summary>The situations the file holds: itself, or the bundle's.</summary>
    [JsonIgnore]
    public IReadOnlyList<SituationFile> Items => Situations ?? [this];

    /// <summary>Drops the resources meant for teachers only, from the situation and its missions: what a learner is shown.</summary>
    public void RemoveTeacherResources()
    {
        static bool ForTeachers(SituationFileResource r) => ResourceAudiences.FromCode(r.Audience) == ResourceAudience.Teachers;
        Resources?.RemoveAll(ForTeachers);
        foreach (var mission in Missions ?? [])
        {
            mission.Resources?.RemoveAll(ForTeachers);
        }
    }
}

public sealed class SituationFileFramework
{
    public string? Code { get; set; }
    public string? Version { get; set; }
}

public sealed class SituationFileMission
{
    /// <summary>Only in the version history kept by the platform (never in exports): the mission's id.</summary>
    public Guid? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>Codes of blocs, compétences or compétences détaillées of the situation's framework.</summary>
    public List<string>? Competences { get; set; }
    public string? Conditions { get; set; }
    public string? Productions { get; set; }
    public string? Criteria { get; set; }
    public List<SituationFileResource>? Resources { get; set; }
    public List<SituationFileDocument>? Documents { get; set; }
}

/// <summary>A library resource, carried whole so that a school without it gets it on import.</summary>
public sealed class SituationFileResource
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Publisher { get; set; }
    public string? Description { get; set; }

    /// <summary>Whom it is for: "everyone" (or nothing), "teachers", "learners".</summary>
    public string? Audience { get; set; }
}

/// <summary>An attached document with its content (base 64).</summary>
public sealed class SituationFileDocument
{
    public string? Title { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public string? Content { get; set; }
}
