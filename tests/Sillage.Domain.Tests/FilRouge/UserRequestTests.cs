using Sillage.Domain.FilRouge;

namespace Sillage.Domain.Tests.FilRouge;

public sealed class UserRequestTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Lea = Guid.NewGuid();
    private static readonly Guid Hugo = Guid.NewGuid();
    private static readonly Guid Teacher = Guid.NewGuid();

    private static UserRequest Released(RequestPriority priority = RequestPriority.Normal) => new()
    {
        RequesterName = "M. Chaton", Subject = "Mon poste ne démarre plus", Category = RequestCategory.Hardware, Priority = priority,
        Service = DeskService.SupportFormation, CreatedAt = Now, SendAt = Now, ReleasedAt = Now,
    };

    [Fact]
    public void A_new_request_is_taken_once_and_becomes_the_takers()
    {
        var request = Released();
        request.Take(Lea, Now.AddMinutes(5));
        Assert.Equal(RequestState.InProgress, request.State);
        Assert.Equal(Lea, request.HandlerId);
        Assert.Equal(2, request.Version);
        Assert.NotNull(request.RefuseTake());
        Assert.Throws<RequestRuleException>(() => request.Take(Hugo, Now.AddMinutes(6)));
    }

    [Fact]
    public void A_scheduled_request_cannot_be_taken_before_its_release()
    {
        var request = Released();
        request.ReleasedAt = null;
        Assert.Equal("Cette demande n'est pas encore envoyée.", request.RefuseTake()?.Template);
    }

    [Fact]
    public void Only_the_handler_answers_and_an_answer_needs_a_text()
    {
        var request = Released();
        request.Take(Lea, Now);
        Assert.NotNull(request.Refuse(RequestActor.Learner, Hugo, RequestState.InProgress, "Bonjour", 5));
        Assert.NotNull(request.Refuse(RequestActor.Learner, Lea, RequestState.InProgress, " ", 5));
        Assert.NotNull(request.Refuse(RequestActor.Learner, Lea, RequestState.InProgress, "Bonjour", RequestEntry.MaxMinutes + 1));
        Assert.Null(request.Refuse(RequestActor.Learner, Lea, RequestState.InProgress, "Bonjour", 5));
    }

    [Fact]
    public void The_learner_resolves_the_teacher_closes_and_nobody_acts_on_a_closed_request()
    {
        var request = Released();
        request.Take(Lea, Now);
        request.Act(RequestActor.Learner, Lea, RequestState.Resolved, "Câble d'alimentation remplacé.", 20, Now.AddMinutes(30));
        Assert.NotNull(request.Refuse(RequestActor.Learner, Lea, RequestState.Closed, "Fini", 0));
        request.Act(RequestActor.Teacher, Teacher, RequestState.Closed, "", 0, Now.AddHours(1));
        Assert.Equal(RequestState.Closed, request.State);
        Assert.Equal("Cette demande est clôturée.", request.Refuse(RequestActor.Teacher, Teacher, RequestState.Closed, "x", 0)?.Template);
    }

    [Fact]
    public void The_users_reply_brings_a_waiting_request_back_and_a_reopened_one_counts_its_last_resolution()
    {
        var request = Released();
        request.Take(Lea, Now);
        request.Act(RequestActor.Learner, Lea, RequestState.WaitingForUser, "Quel message s'affiche ?", 5, Now.AddMinutes(10));
        Assert.NotNull(request.Refuse(RequestActor.Requester, Teacher, RequestState.Resolved, "Réglé", 0));
        request.Act(RequestActor.Requester, Teacher, RequestState.InProgress, "Écran noir avec le logo.", 0, Now.AddMinutes(20));
        request.Act(RequestActor.Learner, Lea, RequestState.Resolved, "Redémarrage sans périphériques.", 15, Now.AddMinutes(40));
        request.Act(RequestActor.Requester, Teacher, RequestState.InProgress, "Le problème revient.", 0, Now.AddMinutes(60));
        request.Act(RequestActor.Learner, Lea, RequestState.Resolved, "Disque remplacé.", 30, Now.AddMinutes(120));
        Assert.Equal(Now.AddMinutes(120), RequestRules.ResolvedAt(request.State, request.Entries));
        Assert.Equal(120, RequestRules.ResolutionMinutes(request.ReleasedAt, request.State, request.Entries));
        Assert.Equal(50, RequestRules.TimeSpent(request.Entries));
    }

    [Fact]
    public void A_transfer_to_another_service_frees_the_request_for_that_service()
    {
        var request = Released();
        request.Take(Lea, Now);
        Assert.NotNull(request.Refuse(RequestActor.Learner, Lea, RequestState.Escalated, "Pour le back office", 0, DeskService.SupportFormation));
        request.Act(RequestActor.Learner, Lea, RequestState.Escalated, "Création de compte : back office.", 5, Now.AddMinutes(3), DeskService.BackOffice);
        Assert.Equal(DeskService.BackOffice, request.Service);
        Assert.Null(request.HandlerId);
        Assert.Null(request.RefuseTake());
        request.Take(Hugo, Now.AddMinutes(9));
        Assert.Equal(Hugo, request.HandlerId);
    }

    [Fact]
    public void An_escalation_to_the_teacher_comes_back_to_the_same_learner()
    {
        var request = Released();
        request.Take(Lea, Now);
        request.Act(RequestActor.Learner, Lea, RequestState.Escalated, "Besoin d'un accord pour l'achat.", 5, Now.AddMinutes(3));
        Assert.NotNull(request.RefuseTake());
        Assert.NotNull(request.Refuse(RequestActor.Learner, Lea, RequestState.InProgress, "Je reprends", 0));
        request.Act(RequestActor.Teacher, Teacher, RequestState.InProgress, "Accord donné.", 0, Now.AddMinutes(30));
        Assert.Equal(Lea, request.HandlerId);
        Assert.Equal(RequestState.InProgress, request.State);
    }

    [Fact]
    public void Only_a_resolved_request_gets_a_quality_mark()
    {
        var request = Released();
        Assert.NotNull(request.Mark(3, null, Teacher, Now));
        request.Take(Lea, Now);
        request.Act(RequestActor.Learner, Lea, RequestState.Resolved, "Fait.", 5, Now);
        Assert.NotNull(request.Mark(5, null, Teacher, Now));
        Assert.Null(request.Mark(3, " Réponse claire. ", Teacher, Now));
        Assert.Equal("Réponse claire.", request.QualityComment);
    }
}
