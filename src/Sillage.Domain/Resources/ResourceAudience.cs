namespace Sillage.Domain.Resources;

/// <summary>Whom a resource is for. A teacher-training course (M@gistère, a MOOC for teachers) is of no use to a
/// learner and is kept out of their lists; existing resources are for everyone until someone says otherwise.</summary>
public enum ResourceAudience
{
    Everyone = 0,
    Teachers = 1,
    Learners = 2,
}

/// <summary>Labels (French, translated on screen) and the codes the JSON files use.</summary>
public static class ResourceAudiences
{
    public static IReadOnlyList<ResourceAudience> All { get; } = [ResourceAudience.Everyone, ResourceAudience.Teachers, ResourceAudience.Learners];

    public static string Label(ResourceAudience audience) => audience switch
    {
        ResourceAudience.Teachers => "Enseignants",
        ResourceAudience.Learners => "Apprenants",
        _ => "Enseignants et apprenants",
    };

    public static string Code(ResourceAudience audience) => audience switch
    {
        ResourceAudience.Teachers => "teachers",
        ResourceAudience.Learners => "learners",
        _ => "everyone",
    };

    /// <summary>The audience of a code; a missing code means everyone, an unknown one is null.</summary>
    public static ResourceAudience? FromCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? ResourceAudience.Everyone : All.Cast<ResourceAudience?>().FirstOrDefault(a => Code(a!.Value) == code);

    /// <summary>Whether a learner may see a resource of this audience.</summary>
    public static bool ForLearners(ResourceAudience audience) => audience != ResourceAudience.Teachers;
}
