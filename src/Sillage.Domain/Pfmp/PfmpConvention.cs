namespace Sillage.Domain.Pfmp;

/// <summary>
/// The convention of a PFMP period, as a guarded state machine: draft → sent → signed (by the three parties in
/// the platform, or on paper with the scan attached), or refused with a comment. Every step is an event that
/// stays; a method refuses (with a French message, changing nothing) a step the current state does not allow.
/// </summary>
public class PfmpConvention
{
    public static readonly IReadOnlyList<ConventionParty> Parties =
        [ConventionParty.Establishment, ConventionParty.HostOrganisation, ConventionParty.Learner];

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public ConventionStatus Status { get; set; } = ConventionStatus.Draft;

    /// <summary>Changes on every step: two people acting at once cannot both succeed.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ConventionEvent> Events { get; set; } = [];

    public bool IsSigned => Status is ConventionStatus.Signed or ConventionStatus.SignedOutsidePlatform;

    /// <summary>The period's data may change only while nobody has it to sign.</summary>
    public bool IsEditable => Status is ConventionStatus.Draft or ConventionStatus.Refused;

    /// <summary>The signatures collected since the convention was last sent.</summary>
    public IReadOnlyList<ConventionEvent> Signatures
    {
        get
        {
            if (Status is not (ConventionStatus.Sent or ConventionStatus.Signed))
            {
                return [];
            }

            var ordered = Events.OrderBy(e => e.Sequence).ToList();
            var lastSent = ordered.FindLastIndex(e => e.Kind == ConventionEventKind.Sent);
            return ordered.Skip(lastSent + 1).Where(e => e.Kind == ConventionEventKind.Signed).ToList();
        }
    }

    public ConventionEvent? LastRefusal => Events.Where(e => e.Kind == ConventionEventKind.Refused).MaxBy(e => e.Sequence);

    public bool IsSignedBy(ConventionParty party) =>
        Status == ConventionStatus.SignedOutsidePlatform || Signatures.Any(s => s.Party == party);

    public bool CanSign(ConventionParty party) => Status == ConventionStatus.Sent && !IsSignedBy(party);

    public Message? Send(ConventionActor actor, DateTime at)
    {
        if (Status != ConventionStatus.Draft)
        {
            return new Message("Seule une convention en brouillon peut être envoyée (elle est « {0} »).", StatusLabel);
        }

        return Apply(ConventionStatus.Sent, ConventionEventKind.Sent, actor, at);
    }

    /// <summary>Records a party's signature; the last one makes the convention signed.</summary>
    public Message? Sign(ConventionParty party, ConventionActor actor, DateTime at)
    {
        if (Status != ConventionStatus.Sent)
        {
            return new Message("La convention ne peut être signée que lorsqu'elle a été envoyée (elle est « {0} »).", StatusLabel);
        }

        if (IsSignedBy(party))
        {
            return new Message("Cette partie a déjà signé la convention.");
        }

        var signedBefore = Signatures.Select(s => s.Party).ToHashSet();
        var complete = Parties.All(p => p == party || signedBefore.Contains(p));
        return Apply(complete ? ConventionStatus.Signed : ConventionStatus.Sent, ConventionEventKind.Signed, actor, at, party: party);
    }

    /// <summary>The convention was signed on paper: the scan (already checked and stored) is its proof.</summary>
    public Message? RecordSignedOutsidePlatform(ConventionActor actor, DateTime at, string scanFileName)
    {
        if (Status is not (ConventionStatus.Draft or ConventionStatus.Sent))
        {
            return new Message("Une convention « {0} » ne peut pas être déclarée signée hors plateforme.", StatusLabel);
        }

        if (string.IsNullOrWhiteSpace(scanFileName))
        {
            return new Message("Joignez le scan de la convention signée.");
        }

        return Apply(ConventionStatus.SignedOutsidePlatform, ConventionEventKind.SignedOutsidePlatform, actor, at, comment: $"Scan joint : {scanFileName.Trim()}");
    }

    /// <summary>An apprentice's company time has no PFMP convention: the apprenticeship contract (signed by the
    /// employer and the apprentice, registered outside Sillage) stands for it from the start.</summary>
    public Message? RecordApprenticeshipContract(ConventionActor actor, DateTime at, string? contractNumber)
    {
        if (Status is not (ConventionStatus.Draft or ConventionStatus.Sent))
        {
            return new Message("Une convention « {0} » ne peut pas être remplacée par un contrat d'apprentissage.", StatusLabel);
        }

        // The event's note is data of the convention's history (as the scan's file name is), not a message.
        var note = "Contrat d'apprentissage" + (string.IsNullOrWhiteSpace(contractNumber) ? "" : " n° " + contractNumber.Trim());
        return Apply(ConventionStatus.SignedOutsidePlatform, ConventionEventKind.SignedOutsidePlatform, actor, at, comment: note);
    }

    public const int MaxAmendmentReasonLength = 500;

    /// <summary>Records a change of a recorded apprenticeship contract (an amendment, an early end) in its history, with
    /// the reason (the period says whether it is a contract: <see cref="PfmpPeriod.IsRecordedContract"/>).</summary>
    public Message? RecordContractAmendment(ConventionActor actor, DateTime at, string? reason)
    {
        if (Status != ConventionStatus.SignedOutsidePlatform)
        {
            return new Message("Seul un contrat d'apprentissage enregistré se modifie par avenant.");
        }

        return CheckAmendmentReason(reason) ?? Apply(Status, ConventionEventKind.Amended, actor, at, comment: reason!.Trim());
    }

    /// <summary>The reason an amendment needs: 1 to <see cref="MaxAmendmentReasonLength"/> characters.</summary>
    public static Message? CheckAmendmentReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxAmendmentReasonLength
            ? new Message("Indiquez le motif de la modification du contrat (avenant, rupture anticipée…), en 500 caractères au plus.")
            : null;

    public Message? Refuse(ConventionActor actor, DateTime at, string? comment, ConventionParty? party = null)
    {
        if (Status != ConventionStatus.Sent)
        {
            return new Message("Seule une convention envoyée peut être refusée (elle est « {0} »).", StatusLabel);
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new Message("Expliquez le refus : le commentaire est obligatoire.");
        }

        return Apply(ConventionStatus.Refused, ConventionEventKind.Refused, actor, at, comment.Trim(), party);
    }

    /// <summary>Takes a sent convention back to draft (to correct it); the signatures collected are dropped.</summary>
    public Message? Withdraw(ConventionActor actor, DateTime at, string? comment)
    {
        if (Status != ConventionStatus.Sent)
        {
            return new Message("Seule une convention envoyée peut être reprise en brouillon (elle est « {0} »).", StatusLabel);
        }

        return Apply(ConventionStatus.Draft, ConventionEventKind.Withdrawn, actor, at, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
    }

    /// <summary>A refused convention becomes a draft again; the refusal and its comment stay in the history.</summary>
    public Message? Reopen(ConventionActor actor, DateTime at)
    {
        if (Status != ConventionStatus.Refused)
        {
            return new Message("Seule une convention refusée peut être reprise (elle est « {0} »).", StatusLabel);
        }

        return Apply(ConventionStatus.Draft, ConventionEventKind.Reopened, actor, at);
    }

    /// <summary>The status as the messages name it, translated with them.</summary>
    private Message StatusLabel => new(Label(Status));

    public static string Label(ConventionStatus status) => status switch
    {
        ConventionStatus.Draft => "brouillon",
        ConventionStatus.Sent => "envoyée",
        ConventionStatus.Signed => "signée",
        ConventionStatus.SignedOutsidePlatform => "signée hors plateforme",
        ConventionStatus.Refused => "refusée",
        _ => status.ToString(),
    };

    private Message? Apply(ConventionStatus next, ConventionEventKind kind, ConventionActor actor, DateTime at, string? comment = null, ConventionParty? party = null)
    {
        Events.Add(new ConventionEvent
        {
            ConventionId = Id,
            Sequence = Events.Count == 0 ? 1 : Events.Max(e => e.Sequence) + 1,
            Kind = kind,
            Party = party,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            ActorCapacity = actor.Capacity,
            At = at,
            Comment = comment,
        });
        Status = next;
        Version = Guid.NewGuid();
        return null;
    }
}
