namespace Sillage.Domain.FilRouge;

/// <summary>
/// A request a person of the fil-rouge company's org chart sends to a service ("mon poste ne démarre plus"), played
/// by the teacher and handled by a learner of the cohort. Every step is a <see cref="RequestEntry"/>; the state
/// changes only through <see cref="Take"/> and <see cref="Act"/>, which check <see cref="RequestRules"/> first.
/// <see cref="Version"/> is the optimistic-concurrency token: one learner wins a take, a stale form never overwrites.
/// </summary>
public class UserRequest
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCommentLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Guid? SituationId { get; set; }

    /// <summary>The <c>OrganisationPerson</c> of the org chart who asks (no FK: the org chart may be edited; the name is kept).</summary>
    public Guid? RequesterId { get; set; }
    public required string RequesterName { get; set; }
    public string? RequesterRole { get; set; }
    public string? RequesterSite { get; set; }
    public DeskService Service { get; set; }
    public required string Subject { get; set; }
    public string Description { get; set; } = "";
    public RequestCategory Category { get; set; }
    public RequestPriority Priority { get; set; } = RequestPriority.Normal;

    /// <summary>A document of the situation given with the request.</summary>
    public Guid? DocumentId { get; set; }

    /// <summary>The code of the shipped request it was sent from, if any.</summary>
    public string? ShippedCode { get; set; }
    public RequestState State { get; set; } = RequestState.New;

    /// <summary>The learner who took the request; null while new or after a transfer to another service.</summary>
    public Guid? HandlerId { get; set; }
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }

    /// <summary>When learners see it: the teacher's "send at"; a job releases scheduled ones.</summary>
    public DateTime SendAt { get; set; }
    public DateTime? ReleasedAt { get; set; }

    /// <summary>Formative mark of the handling, 1 (à reprendre) to 4 (exemplaire), and its comment; not a grade.</summary>
    public int? QualityMark { get; set; }
    public string? QualityComment { get; set; }
    public Guid? MarkedById { get; set; }
    public DateTime? MarkedAt { get; set; }

    /// <summary>The trace the handler made of it.</summary>
    public Guid? TraceId { get; set; }

    public List<RequestEntry> Entries { get; set; } = [];

    public bool IsReleased => ReleasedAt is not null;

    /// <summary>Why this learner may not take the request now; null when they may.</summary>
    public Message? RefuseTake() =>
        !IsReleased ? new Message("Cette demande n'est pas encore envoyée.")
        : State == RequestState.New || (State == RequestState.Escalated && HandlerId is null) ? null
        : new Message("Cette demande est déjà prise en charge par quelqu'un d'autre.");

    /// <summary>The learner takes the request (it becomes theirs).</summary>
    public RequestEntry Take(Guid learnerId, DateTime now)
    {
        if (RefuseTake() is { } refusal)
        {
            throw new RequestRuleException(refusal);
        }

        HandlerId = learnerId;
        return Log(RequestActor.Learner, learnerId, RequestState.InProgress, "", 0, now);
    }

    /// <summary>Why this step is refused; null when it may be recorded.</summary>
    public Message? Refuse(RequestActor actor, Guid actorId, RequestState to, string? text, int minutes, DeskService? transferTo = null)
    {
        if (!IsReleased)
        {
            return new Message("Cette demande n'est pas encore envoyée.");
        }

        if (actor == RequestActor.Learner && HandlerId != actorId)
        {
            return new Message("Seul l'apprenant qui a pris en charge la demande peut la traiter.");
        }

        if (RequestRules.Refuse(State, to, actor) is { } refused)
        {
            return refused;
        }

        if (transferTo is { } service && (to != RequestState.Escalated || actor != RequestActor.Learner || service == Service || !Enum.IsDefined(service)))
        {
            return new Message("Choisissez un autre service que celui de la demande.");
        }

        return RequestRules.CheckEntry(text, minutes, to == State || to is RequestState.WaitingForUser or RequestState.WaitingForThirdParty or RequestState.Escalated or RequestState.Resolved);
    }

    /// <summary>Records a step: an answer (same state) or a change of state; a transfer to another service frees the request for that service's learners.</summary>
    public RequestEntry Act(RequestActor actor, Guid actorId, RequestState to, string? text, int minutes, DateTime now, DeskService? transferTo = null)
    {
        if (Refuse(actor, actorId, to, text, minutes, transferTo) is { } refusal)
        {
            throw new RequestRuleException(refusal);
        }

        if (transferTo is { } service)
        {
            Service = service;
            HandlerId = null;
        }

        return Log(actor, actorId, to, (text ?? "").Trim(), minutes, now);
    }

    /// <summary>The teacher's formative mark of a handled request.</summary>
    public Message? Mark(int? mark, string? comment, Guid teacherId, DateTime now)
    {
        if (State is not (RequestState.Resolved or RequestState.Closed))
        {
            return new Message("Seule une demande résolue peut recevoir une appréciation.");
        }

        if (mark is null or < 1 or > 4)
        {
            return new Message("Choisissez une appréciation.");
        }

        if (comment?.Trim().Length > MaxCommentLength)
        {
            return new Message("Le commentaire ne peut dépasser {0} caractères.", MaxCommentLength);
        }

        QualityMark = mark;
        QualityComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        MarkedById = teacherId;
        MarkedAt = now;
        Version++;
        return null;
    }

    private RequestEntry Log(RequestActor actor, Guid actorId, RequestState to, string text, int minutes, DateTime now)
    {
        var entry = new RequestEntry { RequestId = Id, At = now, AuthorId = actorId, Actor = actor, From = State, To = to, Text = text, Minutes = minutes };
        State = to;
        Version++;
        Entries.Add(entry);
        return entry;
    }
}

/// <summary>A step the rules refuse; the page shows <see cref="Refusal"/>.</summary>
public sealed class RequestRuleException(Message refusal) : Exception(refusal.ToString())
{
    public Message Refusal { get; } = refusal;
}
