namespace Sillage.Web.Pages.Situations;

/// <summary>
/// What learners produced for a mission (portfolio traces written "for" it). The situations pages ask this to show
/// each learner's work on the mission page; the portfolio provides the implementation. Until it is registered,
/// <see cref="NoMissionWork"/> answers that nothing was produced.
/// </summary>
public interface IMissionWork
{
    /// <summary>The work of these learners for the mission, by learner id.</summary>
    Task<ILookup<Guid, MissionWorkItem>> ForMissionAsync(Guid missionId, IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken = default);

    /// <summary>Where a learner writes work for this mission (competences pre-filled), or null when the platform
    /// offers no such page.</summary>
    string? NewWorkUrl(Guid missionId);
}

/// <summary>One piece of work: its title, when it was last changed, where to read it and its state in French.</summary>
public sealed record MissionWorkItem(Guid Id, string Title, DateTime UpdatedAt, string Url, string? Status);

/// <summary>The default: no work is recorded for missions.</summary>
public sealed class NoMissionWork : IMissionWork
{
    public Task<ILookup<Guid, MissionWorkItem>> ForMissionAsync(Guid missionId, IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(Array.Empty<MissionWorkItem>().ToLookup(_ => Guid.Empty));

    public string? NewWorkUrl(Guid missionId) => null;
}
