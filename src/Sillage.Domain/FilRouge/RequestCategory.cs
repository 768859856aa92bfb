namespace Sillage.Domain.FilRouge;

/// <summary>What a user request is about.</summary>
public enum RequestCategory
{
    Hardware = 1,
    Software = 2,
    AccountRights = 3,
    Network = 4,
    Website = 5,
    Communication = 6,
    Other = 7,
}

/// <summary>How urgent a request is; each has a target resolution time (<see cref="RequestRules.TargetMinutes"/>).</summary>
public enum RequestPriority
{
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4,
}

/// <summary>Where a request stands: nouvelle → prise en charge → en attente → escaladée → résolue → clôturée.</summary>
public enum RequestState
{
    New = 1,
    InProgress = 2,
    WaitingForUser = 3,
    WaitingForThirdParty = 4,
    Escalated = 5,
    Resolved = 6,
    Closed = 7,
}

/// <summary>Who wrote an entry of a request's log: the learner handling it, the teacher, or the teacher playing the requester.</summary>
public enum RequestActor
{
    Learner = 1,
    Teacher = 2,
    Requester = 3,
}
