using Sillage.Domain.Suivi;

namespace Sillage.Domain.Tests.Suivi;

public sealed class PositioningTests
{
    private static readonly Guid Learner = Guid.NewGuid();
    private static readonly Guid Cohort = Guid.NewGuid();
    private static readonly Guid Teacher = Guid.NewGuid();
    private static readonly Guid Competence = Guid.NewGuid();
    private static readonly Guid OtherCompetence = Guid.NewGuid();
    private static readonly Guid Trace = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static readonly PositioningFrame Frame = new(new HashSet<Guid> { Competence, OtherCompetence }, new HashSet<int> { 1, 2, 3, 4 }, new HashSet<Guid> { Trace }, Today);

    private static PositioningRequest Request(Guid? element = null, int? level = 3, DateOnly? observed = null, string? comment = "Bien") =>
        new(Learner, Cohort, element ?? Competence, Teacher, AssessorRole.Teacher, level, observed ?? Today, AssessmentContext.Situation, comment);

    private static PositioningFailure Failure(PositioningRequest request) => Assert.Single(Positioning.Create(request, Frame, Now).Failures);

    [Fact]
    public void A_valid_request_gives_the_event_with_a_trimmed_comment_and_its_evidence()
    {
        var (assessment, failures) = Positioning.Create(Request(comment: "  Travail soigné  ") with { Evidence = [Trace, Trace], ContextId = Cohort }, Frame, Now);

        Assert.Empty(failures);
        Assert.NotNull(assessment);
        Assert.Equal((Learner, Cohort, Competence, Teacher, 3, Today, Now), (assessment.LearnerId, assessment.CohortId, assessment.ElementId, assessment.AssessorId, assessment.Level, assessment.ObservedOn, assessment.RecordedAt));
        Assert.Equal("Travail soigné", assessment.Comment);
        Assert.Equal(Cohort, assessment.ContextId);
        Assert.Equal(Trace, Assert.Single(assessment.Evidence).TraceId);
        Assert.Equal(assessment.Id, assessment.Evidence[0].AssessmentId);
    }

    [Fact]
    public void A_blank_comment_is_stored_as_none()
    {
        Assert.Null(Positioning.Create(Request(comment: "   "), Frame, Now).Assessment!.Comment);
    }

    [Fact]
    public void The_element_must_be_one_the_frame_allows()
    {
        Assert.Equal(PositioningField.Element, Failure(Request(element: Guid.NewGuid())).Field);
        Assert.Equal(PositioningField.Element, Failure(Request() with { ElementId = null }).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]
    public void A_level_outside_the_scale_is_refused(int level)
    {
        var failure = Failure(Request(level: level));
        Assert.Equal(PositioningField.Level, failure.Field);
        Assert.Equal("Niveau inconnu : choisissez un niveau de l'échelle.", failure.Message.ToString());
    }

    [Fact]
    public void A_missing_level_is_asked_for()
    {
        var failure = Failure(Request(level: null));
        Assert.Equal(PositioningField.Level, failure.Field);
        Assert.Equal("Choisissez un niveau de l'échelle.", failure.Message.ToString());
    }

    [Fact]
    public void The_observation_date_is_not_after_the_school_today_nor_more_than_five_years_back()
    {
        Assert.Equal(PositioningField.ObservedOn, Failure(Request(observed: Today.AddDays(1))).Field);
        Assert.Equal(PositioningField.ObservedOn, Failure(Request(observed: Today.AddYears(-5).AddDays(-1))).Field);
        Assert.Equal(PositioningField.ObservedOn, Failure(Request() with { ObservedOn = null }).Field);
        Assert.Empty(Positioning.Create(Request(observed: Today.AddYears(-5)), Frame, Now).Failures);
    }

    [Fact]
    public void The_comment_holds_at_most_4000_characters()
    {
        Assert.Empty(Positioning.Create(Request(comment: new string('a', Positioning.CommentLength)), Frame, Now).Failures);
        var failure = Failure(Request(comment: new string('a', Positioning.CommentLength + 1)));
        Assert.Equal(PositioningField.Comment, failure.Field);
        Assert.Equal("Le commentaire dépasse 4 000 caractères.", failure.Message.ToString());
    }

    [Fact]
    public void An_unknown_context_or_role_is_refused()
    {
        Assert.Equal(PositioningField.Context, Failure(Request() with { Context = (AssessmentContext)42 }).Field);
        Assert.Equal(PositioningField.Context, Failure(Request() with { AssessorRole = (AssessorRole)42 }).Field);
    }

    [Fact]
    public void Evidence_is_taken_from_the_learners_traces_only()
    {
        Assert.Equal(PositioningField.Evidence, Failure(Request() with { Evidence = [Trace, Guid.NewGuid()] }).Field);
    }

    [Fact]
    public void A_correction_is_on_the_same_learner_cohort_and_competence_and_points_to_the_corrected_event()
    {
        var earlier = Positioning.Create(Request(level: 1), Frame, Now).Assessment!;

        var correction = Positioning.Create(Request(level: 4) with { Corrects = earlier }, Frame, Now).Assessment;
        Assert.Equal(earlier.Id, correction!.CorrectsId);

        Assert.Equal(PositioningField.Element, Failure(Request(element: OtherCompetence) with { Corrects = earlier }).Field);
        var otherLearners = new Assessment { LearnerId = Guid.NewGuid(), CohortId = Cohort, ElementId = Competence };
        Assert.Equal(PositioningField.Element, Failure(Request() with { Corrects = otherLearners }).Field);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var failures = Positioning.Create(Request(element: Guid.NewGuid(), level: 9, observed: Today.AddDays(3), comment: new string('a', 4001)), Frame, Now).Failures;
        Assert.Equal([PositioningField.Element, PositioningField.Level, PositioningField.ObservedOn, PositioningField.Comment], failures.Select(f => f.Field));
    }
}
