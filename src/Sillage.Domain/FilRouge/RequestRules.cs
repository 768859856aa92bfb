namespace Sillage.Domain.FilRouge;

/// <summary>
/// The rules of the user-request desk: which step each actor may take from each state, what an entry needs, the
/// response and resolution times read from the log, and the target time of each priority (docs/fil-rouge-desk.md).
/// </summary>
public static class RequestRules
{
    /// <summary>Target resolution time by priority, in minutes from the request's release: urgent 4 h, high 1 day,
    /// normal 2 days, low 5 days (calendar time: the role play runs during class days).</summary>
    public static int TargetMinutes(RequestPriority priority) => priority switch
    {
        RequestPriority.Urgent => 4 * 60,
        RequestPriority.High => 24 * 60,
        RequestPriority.Normal => 2 * 24 * 60,
        _ => 5 * 24 * 60,
    };

    private static readonly RequestState[] Open = [RequestState.InProgress, RequestState.WaitingForUser, RequestState.WaitingForThirdParty];

    /// <summary>The states an actor may move a request to from <paramref name="from"/> (staying in the same state is an
    /// answer or a comment, allowed to everyone while the request is not closed — a learner only once it is theirs).</summary>
    public static IReadOnlyList<RequestState> Next(RequestState from, RequestActor actor) => (actor, from) switch
    {
        (_, RequestState.Closed) => [],
        (RequestActor.Learner, RequestState.New) => [],
        (RequestActor.Learner, RequestState.InProgress) => [RequestState.InProgress, RequestState.WaitingForUser, RequestState.WaitingForThirdParty, RequestState.Escalated, RequestState.Resolved],
        (RequestActor.Learner, RequestState.WaitingForUser or RequestState.WaitingForThirdParty) => [from, RequestState.InProgress, RequestState.Escalated, RequestState.Resolved],
        (RequestActor.Learner, RequestState.Escalated) => [RequestState.Escalated],
        (RequestActor.Learner, RequestState.Resolved) => [RequestState.Resolved],
        (RequestActor.Teacher, RequestState.Escalated) => [RequestState.Escalated, RequestState.InProgress],
        (RequestActor.Teacher, RequestState.Resolved) => [RequestState.Resolved, RequestState.Closed],
        (RequestActor.Teacher, _) => [from],
        (RequestActor.Requester, RequestState.WaitingForUser) => [RequestState.InProgress],
        (RequestActor.Requester, RequestState.Resolved) => [RequestState.Closed, RequestState.InProgress],
        (RequestActor.Requester, _) => [from],
        _ => [],
    };

    /// <summary>Why <paramref name="actor"/> may not move a request from <paramref name="from"/> to <paramref name="to"/>; null when allowed.</summary>
    public static Message? Refuse(RequestState from, RequestState to, RequestActor actor) =>
        from == RequestState.Closed ? new Message("Cette demande est clôturée.")
        : Next(from, actor).Contains(to) ? null
        : new Message("Cette étape n'est pas possible pour une demande dans cet état.");

    /// <summary>The text and time of an entry: a text is required for an answer and for waiting, escalating or resolving.</summary>
    public static Message? CheckEntry(string? text, int minutes, bool textRequired) =>
        textRequired && string.IsNullOrWhiteSpace(text) ? new Message("Écrivez votre réponse ou ce qui a été fait.")
        : text?.Trim().Length > RequestEntry.MaxTextLength ? new Message("Le texte ne peut dépasser {0} caractères.", RequestEntry.MaxTextLength)
        : minutes is < 0 or > RequestEntry.MaxMinutes ? new Message("Le temps passé va de 0 à {0} minutes.", RequestEntry.MaxMinutes)
        : null;

    /// <summary>The problems of a request the teacher writes; empty when it can be sent.</summary>
    public static IReadOnlyList<(string Field, Message Text)> CheckNew(string? requester, string? subject, string? description, RequestCategory? category,
        RequestPriority? priority, DeskService? service, DateTime? sendAt, DateTime now)
    {
        var problems = new List<(string, Message)>();
        if (string.IsNullOrWhiteSpace(requester))
        {
            problems.Add(("Requester", new("Choisissez la personne qui fait la demande.")));
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(("Subject", new("Donnez un objet à la demande.")));
        }
        else if (subject.Trim().Length > UserRequest.MaxSubjectLength)
        {
            problems.Add(("Subject", new("L'objet ne peut dépasser {0} caractères.", UserRequest.MaxSubjectLength)));
        }

        if (description?.Trim().Length > UserRequest.MaxDescriptionLength)
        {
            problems.Add(("Description", new("La description ne peut dépasser {0} caractères.", UserRequest.MaxDescriptionLength)));
        }

        if (category is null || !Enum.IsDefined(category.Value))
        {
            problems.Add(("Category", new("Choisissez la catégorie.")));
        }

        if (priority is null || !Enum.IsDefined(priority.Value))
        {
            problems.Add(("Priority", new("Choisissez la priorité.")));
        }

        if (service is null || !Enum.IsDefined(service.Value))
        {
            problems.Add(("Service", new("Choisissez le service.")));
        }

        if (sendAt is { } at && at > now.AddDays(ServiceAssignment.MaxDays))
        {
            problems.Add(("SendAt", new("Un envoi dans plus d'un an : vérifiez la date.")));
        }

        return problems;
    }

    /// <summary>Minutes from release to the first step of a learner (taking the request acknowledges it); null before.</summary>
    public static int? FirstResponseMinutes(DateTime? releasedAt, IEnumerable<RequestEntry> entries) =>
        releasedAt is { } start && entries.Where(e => e.Actor == RequestActor.Learner).Select(e => (DateTime?)e.At).Min() is { } first
            ? Minutes(start, first) : null;

    /// <summary>When the request was last resolved (a reopened request counts its last resolution); null when it is not resolved.</summary>
    public static DateTime? ResolvedAt(RequestState state, IEnumerable<RequestEntry> entries) =>
        state is RequestState.Resolved or RequestState.Closed
            ? entries.Where(e => e.To == RequestState.Resolved && e.From != RequestState.Resolved).Select(e => (DateTime?)e.At).Max()
            : null;

    /// <summary>Minutes from release to resolution; null while unresolved.</summary>
    public static int? ResolutionMinutes(DateTime? releasedAt, RequestState state, IEnumerable<RequestEntry> entries) =>
        releasedAt is { } start && ResolvedAt(state, entries) is { } end ? Minutes(start, end) : null;

    /// <summary>The time spent on the request, all entries together.</summary>
    public static int TimeSpent(IEnumerable<RequestEntry> entries) => entries.Sum(e => e.Minutes);

    /// <summary>Whether the request passed its priority's target: resolved after it, or still open after it at <paramref name="now"/>.</summary>
    public static bool IsLate(RequestPriority priority, DateTime? releasedAt, DateTime? resolvedAt, DateTime now) =>
        releasedAt is { } start && Minutes(start, resolvedAt ?? now) > TargetMinutes(priority);

    private static int Minutes(DateTime from, DateTime to) => (int)Math.Max(0, Math.Round((to - from).TotalMinutes));
}
