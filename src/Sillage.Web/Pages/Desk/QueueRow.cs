using Sillage.Domain.FilRouge;

namespace Sillage.Web.Pages.Desk;

/// <summary>One request in a queue, as the lists show it.</summary>
public sealed record QueueRow(Guid Id, string Subject, string RequesterName, string? RequesterSite, DeskService Service, RequestCategory Category,
    RequestPriority Priority, RequestState State, Guid? HandlerId, string? Handler, DateTime SendAt, DateTime? ReleasedAt, bool Traced)
{
    public bool IsOpen => State is not (RequestState.Resolved or RequestState.Closed);
}
