using Sillage.Domain.FilRouge;

namespace Sillage.Domain.Tests.FilRouge;

public sealed class RequestRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(RequestState.New, RequestState.InProgress, RequestActor.Learner, false)]
    [InlineData(RequestState.InProgress, RequestState.Resolved, RequestActor.Learner, true)]
    [InlineData(RequestState.InProgress, RequestState.Closed, RequestActor.Learner, false)]
    [InlineData(RequestState.Escalated, RequestState.InProgress, RequestActor.Learner, false)]
    [InlineData(RequestState.Escalated, RequestState.InProgress, RequestActor.Teacher, true)]
    [InlineData(RequestState.Resolved, RequestState.Closed, RequestActor.Teacher, true)]
    [InlineData(RequestState.Resolved, RequestState.Closed, RequestActor.Requester, true)]
    [InlineData(RequestState.Resolved, RequestState.InProgress, RequestActor.Requester, true)]
    [InlineData(RequestState.WaitingForUser, RequestState.InProgress, RequestActor.Requester, true)]
    [InlineData(RequestState.InProgress, RequestState.Resolved, RequestActor.Requester, false)]
    [InlineData(RequestState.Closed, RequestState.Closed, RequestActor.Teacher, false)]
    public void Who_may_move_a_request_from_a_state_to_another(RequestState from, RequestState to, RequestActor actor, bool allowed)
    {
        Assert.Equal(allowed, RequestRules.Refuse(from, to, actor) is null);
    }

    [Fact]
    public void The_first_response_is_the_first_step_of_a_learner()
    {
        var entries = new[]
        {
            new RequestEntry { Actor = RequestActor.Requester, At = Now.AddMinutes(2), To = RequestState.New },
            new RequestEntry { Actor = RequestActor.Learner, At = Now.AddMinutes(45), To = RequestState.InProgress },
            new RequestEntry { Actor = RequestActor.Learner, At = Now.AddMinutes(30), To = RequestState.InProgress },
        };
        Assert.Equal(30, RequestRules.FirstResponseMinutes(Now, entries));
        Assert.Null(RequestRules.FirstResponseMinutes(Now, entries.Take(1)));
        Assert.Null(RequestRules.FirstResponseMinutes(null, entries));
    }

    [Theory]
    [InlineData(RequestPriority.Urgent, 239, false)]
    [InlineData(RequestPriority.Urgent, 241, true)]
    [InlineData(RequestPriority.High, 24 * 60 + 1, true)]
    [InlineData(RequestPriority.Normal, 24 * 60 + 1, false)]
    [InlineData(RequestPriority.Low, 4 * 24 * 60, false)]
    public void A_request_is_late_past_its_prioritys_target(RequestPriority priority, int minutes, bool late)
    {
        Assert.Equal(late, RequestRules.IsLate(priority, Now, null, Now.AddMinutes(minutes)));
        Assert.False(RequestRules.IsLate(priority, Now, Now.AddMinutes(1), Now.AddDays(30)));
    }

    [Fact]
    public void A_new_request_needs_a_requester_a_subject_and_its_choices()
    {
        var problems = RequestRules.CheckNew(" ", "", null, null, (RequestPriority)9, DeskService.BackOffice, null, Now);
        Assert.Equal(["Requester", "Subject", "Category", "Priority"], problems.Select(p => p.Field));
        Assert.Empty(RequestRules.CheckNew("M. Latour", "Créer un compte", "", RequestCategory.AccountRights, RequestPriority.High, DeskService.BackOffice, Now.AddHours(2), Now));
    }

    [Fact]
    public void Service_periods_of_a_learner_do_not_overlap()
    {
        var day = new DateOnly(2026, 11, 16);
        Assert.Empty(ServiceAssignment.Check(DeskService.BackOffice, day, day.AddDays(13), [(day.AddDays(-14), day.AddDays(-1))]));
        Assert.Single(ServiceAssignment.Check(DeskService.BackOffice, day, day.AddDays(13), [(day.AddDays(10), day.AddDays(20))]));
        Assert.Single(ServiceAssignment.Check(DeskService.BackOffice, day, day.AddDays(-1), []));
        Assert.Single(ServiceAssignment.Check(null, day, day, []));
    }
}
